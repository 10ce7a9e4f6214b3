package com.lawfirm.events.conflict;

/** A matter a hit leads to, as it stood when the check ran. */
public record HitMatter(String matterRef, String title, String status, String practiceArea, String role) {
}
