package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The records of a prospect who never became the firm's client must be kept whatever the prospect retention says
 * (a claim over the declined inquiry, an investigation, a bar association's inquiry) until the hold is lifted.
 */
@Revision("1")
public record ProspectLegalHoldPlaced(String inquiryId, String holdId, String reason, LocalDate placedOn, String placedBy) {
}
