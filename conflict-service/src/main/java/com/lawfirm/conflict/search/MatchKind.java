package com.lawfirm.conflict.search;

/** How a searched party met a stored one. */
public enum MatchKind { IDENTIFIER, NAME, ALIAS, FORMER_NAME, TRANSLITERATION, FUZZY, AFFILIATE, STAFF }
