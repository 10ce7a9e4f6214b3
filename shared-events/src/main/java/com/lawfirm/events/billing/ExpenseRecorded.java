package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An expense incurred for the matter (court fees, travel, copying), with its receipt. */
@Revision("1")
public record ExpenseRecorded(String matterId, String expenseId, String category, BigDecimal amount, String receiptReference, LocalDate incurredOn, boolean billable, String recordedBy) {
}
