package com.lawfirm.events.intake;

/**
 * Where a client came from: the channel, and for a referral the referring client; a note for anything else
 * (the conference's name, the partner firm).
 */
public record ClientSource(SourceChannel channel, String referrerClientId, String note) {
}
