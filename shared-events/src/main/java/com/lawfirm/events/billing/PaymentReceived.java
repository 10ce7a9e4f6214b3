package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A payment was received and allocated to issued invoices; from the retainer, it draws the retainer down. */
@Revision("1")
public record PaymentReceived(String matterId, String paymentId, List<PaymentAllocation> allocations, BigDecimal total, LocalDate receivedOn, String reference, boolean fromRetainer) {
}
