package com.lawfirm.events.intake;

import java.math.BigDecimal;

/**
 * One part of a fee quote. Which amounts apply depends on the model: FIXED and STAGED an amount (STAGED per
 * milestone), HOURLY a rate and estimated hours, PERCENTAGE_OF_DISPUTE and CONTINGENCY a percentage (CONTINGENCY
 * may add a base amount).
 */
public record FeeComponent(FeeModel model, BigDecimal amount, BigDecimal hourlyRate, BigDecimal estimatedHours,
                           BigDecimal percentage, String milestone, String description) {
}
