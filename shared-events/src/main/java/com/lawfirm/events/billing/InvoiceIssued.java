package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An approved invoice was issued under the next number of the year's gapless sequence, with its due date. */
@Revision("1")
public record InvoiceIssued(String matterId, String invoiceId, String invoiceNumber, LocalDate issuedOn, LocalDate dueOn) {
}
