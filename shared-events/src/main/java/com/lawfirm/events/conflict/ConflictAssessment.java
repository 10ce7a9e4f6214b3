package com.lawfirm.events.conflict;

/**
 * The analyst's assessment: no conflict; a relative conflict that the named parties may waive in writing; or an
 * absolute conflict that cannot be waived (e.g. acting for both sides of the same matter).
 */
public enum ConflictAssessment { CLEAR, WAIVER_REQUIRED, ABSOLUTE }
