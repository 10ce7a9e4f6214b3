package com.lawfirm.events.billing;

import java.math.BigDecimal;

/** A line of an invoice: the time entry or expense it bills (none for a fixed amount), what it says, how much. */
public record InvoiceLine(String itemId, String description, BigDecimal amount) {
}
