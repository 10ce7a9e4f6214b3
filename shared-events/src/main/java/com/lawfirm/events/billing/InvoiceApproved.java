package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A partner approved a drafted invoice for issue. */
@Revision("1")
public record InvoiceApproved(String matterId, String invoiceId, String approvedBy, LocalDate approvedOn) {
}
