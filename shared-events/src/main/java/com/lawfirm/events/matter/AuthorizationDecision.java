package com.lawfirm.events.matter;

/** What a client is asked to authorise. */
public enum AuthorizationDecision {
    SETTLEMENT, STRATEGY_CHANGE, DOCUMENT_SIGNING, CLAIM_WITHDRAWAL, OTHER
}
