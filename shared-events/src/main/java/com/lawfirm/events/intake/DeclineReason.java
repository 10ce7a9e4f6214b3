package com.lawfirm.events.intake;

/** Why the firm declined an inquiry. */
public enum DeclineReason { CONFLICT_OF_INTEREST, OUTSIDE_EXPERTISE, NO_CAPACITY, NOT_VIABLE, FEE_NOT_AGREED, OTHER }
