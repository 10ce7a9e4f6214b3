package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** One side signed the contract. */
@Revision("1")
public record EngagementSignedBy(String engagementId, SigningSide side, String signatory, LocalDate signedOn) {
}
