package com.lawfirm.events.intake;

/** How a prospect or client came to the firm (来源渠道). */
public enum SourceChannel {
    WEBSITE,
    CLIENT_REFERRAL,
    CONFERENCE,
    PARTNER_FIRM,
    WALK_IN,
    PHONE,
    OTHER
}
