package com.lawfirm.events.intake;

/** Who signs an engagement contract. */
public enum SigningSide { CLIENT, FIRM }
