package com.lawfirm.events.matter;

/** Events the client must be told of within a time the firm sets per kind. */
public enum KeyEventKind {
    HEARING_SCHEDULED, RULING, SETTLEMENT_OFFER, EMERGENCY, OTHER
}
