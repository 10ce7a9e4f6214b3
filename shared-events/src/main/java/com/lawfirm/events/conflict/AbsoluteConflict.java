package com.lawfirm.events.conflict;

/**
 * A conflict no consent can cure, found in a check's hits by one of the firm's rules (following the lawyers' code of
 * conduct, e.g. acting for both sides of one matter): the rule, the article it rests on, and the matter it concerns.
 */
public record AbsoluteConflict(String rule, String article, String description, String matterRef) {
}
