package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The client's data must be kept whatever its retention says (诉讼保全, an investigation, a claim) until lifted. */
@Revision("1")
public record ClientLegalHoldPlaced(String clientId, String holdId, String reason, LocalDate placedOn, String placedBy) {
}
