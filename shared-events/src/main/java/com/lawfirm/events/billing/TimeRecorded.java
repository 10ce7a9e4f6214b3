package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A lawyer recorded time on a matter, in 6-minute units, at a rate; the amount is units x rate / 10, rounded half-even. */
@Revision("1")
public record TimeRecorded(String matterId, String entryId, String lawyer, LocalDate workDate, int units, String activity, String narrative, boolean billable, BigDecimal rate, BigDecimal amount) {
}
