package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A credit note reduced an issued invoice's amount due. */
@Revision("1")
public record CreditNoteIssued(String matterId, String creditNoteId, String invoiceId, BigDecimal amount, String reason, LocalDate issuedOn) {
}
