package com.lawfirm.events.matter;

/** A staff member's role at the firm. */
public enum StaffRole { PARTNER, LAWYER, TRAINEE, PARALEGAL, SUPPORT }
