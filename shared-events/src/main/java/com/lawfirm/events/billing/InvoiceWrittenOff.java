package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An unpaid balance was written off with a partner's approval. */
@Revision("1")
public record InvoiceWrittenOff(String matterId, String invoiceId, BigDecimal amount, String reason, String approvedBy, LocalDate writtenOffOn) {
}
