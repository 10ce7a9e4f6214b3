package com.lawfirm.events.intake;

/** A searched party's role in the prospective matter. */
public enum CheckRole { PROSPECTIVE_CLIENT, ADVERSE, RELATED }
