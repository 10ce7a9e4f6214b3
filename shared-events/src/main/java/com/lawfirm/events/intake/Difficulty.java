package com.lawfirm.events.intake;

/** How hard the matter looks. */
public enum Difficulty { LOW, MEDIUM, HIGH, VERY_HIGH }
