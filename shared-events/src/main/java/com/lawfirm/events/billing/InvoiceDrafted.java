package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An invoice was drafted from approved unbilled work or a fixed amount: its lines, net, VAT at the configured rate, and gross. */
@Revision("1")
public record InvoiceDrafted(String matterId, String invoiceId, String clientId, List<InvoiceLine> lines, BigDecimal net, BigDecimal vatRate, BigDecimal vat, BigDecimal gross, String currency, String draftedBy, LocalDate draftedOn) {
}
