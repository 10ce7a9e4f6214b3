package com.lawfirm.events.conflict;

/**
 * What the analyst made of a potential conflict: none after all, or a conflict the matter's partner must now act on
 * (consent, a wall, or withdrawal).
 */
public enum PotentialConflictConclusion { NO_CONFLICT, CONFLICT }
