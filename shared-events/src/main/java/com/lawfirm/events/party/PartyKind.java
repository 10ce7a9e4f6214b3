package com.lawfirm.events.party;

/** 自然人 or 组织. */
public enum PartyKind {
    PERSON,
    ORGANIZATION
}
