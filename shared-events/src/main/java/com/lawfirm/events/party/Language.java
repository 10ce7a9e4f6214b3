package com.lawfirm.events.party;

/** The language a client prefers for documents and notifications. */
public enum Language {
    ZH,
    EN
}
