package com.lawfirm.billing.account;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money arithmetic: BigDecimal at 2 places, half-even (banker's) rounding, so sums of many amounts do not drift. */
final class Money {

    static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The amount of {@code units} six-minute units at an hourly {@code rate}. */
    static BigDecimal forUnits(int units, BigDecimal hourlyRate) {
        return of(hourlyRate.multiply(BigDecimal.valueOf(units)).divide(BigDecimal.TEN));
    }

    static BigDecimal percentOf(BigDecimal amount, BigDecimal rate) {
        return of(amount.multiply(rate));
    }

    static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }
}
