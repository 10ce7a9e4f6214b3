package com.lawfirm.events.matter;

/** What a document on the client file is. */
public enum DocumentKind {
    ENGAGEMENT_CONTRACT, POWER_OF_ATTORNEY, CORRESPONDENCE, EVIDENCE, PLEADING, COURT_DOCUMENT, WORK_PRODUCT, OTHER
}
