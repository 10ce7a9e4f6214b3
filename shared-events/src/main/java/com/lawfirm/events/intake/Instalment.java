package com.lawfirm.events.intake;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment of the fee schedule: due on a date or at a milestone. */
public record Instalment(String milestone, LocalDate dueOn, BigDecimal amount) {
}
