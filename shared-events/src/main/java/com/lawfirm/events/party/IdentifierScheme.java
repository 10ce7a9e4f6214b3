package com.lawfirm.events.party;

/** Kinds of official identifier a party can carry. */
public enum IdentifierScheme {
    /** 统一社会信用代码 (GB 32100-2015). */
    CN_USCC,
    /** 居民身份证号码 (GB 11643). */
    CN_RESIDENT_ID,
    PASSPORT,
    /** Legal Entity Identifier (ISO 17442). */
    LEI,
    OTHER
}
