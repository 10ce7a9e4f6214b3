package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * How long the firm keeps the client's personal data (保存期限): until this day, on this basis (the consent, a
 * statute, the firm's archive rules). It replaces the period the consent gave.
 */
@Revision("1")
public record ClientRetentionSet(String clientId, LocalDate retainUntil, String basis, String setBy) {
}
