package com.lawfirm.events.intake;

/** The internal contract review's decision (合同审核). */
public enum ReviewDecision { APPROVED, RETURNED }
