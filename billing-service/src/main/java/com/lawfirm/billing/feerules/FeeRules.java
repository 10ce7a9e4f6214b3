package com.lawfirm.billing.feerules;

import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.MatterType;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Checks fee terms against the firm's fee rules: contingency fees only for matter types that allow them, and the
 * whole fee of a contingency arrangement within the progressive cap on the amount in dispute. Money is BigDecimal,
 * rounded half-even to 2 places.
 */
public class FeeRules {

    /** The decision: approved, or the rule that failed with an explanation; with the cap when one applied. */
    public record Verdict(boolean approved, String ruleSet, String rule, String explanation, BigDecimal contingencyCap) {
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final FeeRuleProperties properties;

    public FeeRules(FeeRuleProperties properties) {
        this.properties = properties;
    }

    public Verdict check(MatterType matterType, FeeQuote quote) {
        boolean contingency = quote.components().stream().anyMatch(c -> c.model() == FeeModel.CONTINGENCY);
        for (FeeComponent component : quote.components()) {
            if (component.percentage() != null
                    && (component.percentage().signum() < 0 || component.percentage().compareTo(HUNDRED) > 0)) {
                return reject("percentage-range", "a percentage must lie between 0 and 100", null);
            }
        }
        if (!contingency) {
            return new Verdict(true, properties.ruleSet(), null, null, null);
        }
        if (properties.contingencyBanned().contains(matterType)) {
            return reject("contingency-not-allowed", "a contingency fee is not allowed for " + matterType + " matters", null);
        }
        BigDecimal amount = quote.amountInDispute();
        if (amount == null || amount.signum() <= 0) {
            return reject("amount-in-dispute-required", "a contingency fee is capped by the amount in dispute, which is missing", null);
        }
        BigDecimal cap = cap(amount);
        BigDecimal total = total(quote, amount);
        if (total.compareTo(cap) > 0) {
            return reject("contingency-cap", "the fees of this contingency arrangement, " + total + " " + quote.currency()
                    + ", exceed the cap of " + cap + " for an amount of " + money(amount), cap);
        }
        return new Verdict(true, properties.ruleSet(), null, null, cap);
    }

    /** The highest total fee of a contingency arrangement for this amount: each bracket's rate on its part. */
    public BigDecimal cap(BigDecimal amount) {
        BigDecimal cap = BigDecimal.ZERO;
        BigDecimal lower = BigDecimal.ZERO;
        for (FeeRuleProperties.Bracket bracket : properties.contingencyBrackets()) {
            if (amount.compareTo(lower) <= 0) {
                break;
            }
            BigDecimal upper = bracket.upTo() == null ? amount : amount.min(bracket.upTo());
            cap = cap.add(upper.subtract(lower).multiply(bracket.rate()));
            lower = bracket.upTo() == null ? amount : bracket.upTo();
        }
        return money(cap);
    }

    /** Every fee the arrangement can charge: fixed amounts, hourly estimates, and percentages of the amount. */
    private static BigDecimal total(FeeQuote quote, BigDecimal amount) {
        BigDecimal total = BigDecimal.ZERO;
        for (FeeComponent c : quote.components()) {
            if (c.amount() != null) {
                total = total.add(c.amount());
            }
            if (c.hourlyRate() != null && c.estimatedHours() != null) {
                total = total.add(c.hourlyRate().multiply(c.estimatedHours()));
            }
            if (c.percentage() != null) {
                total = total.add(amount.multiply(c.percentage()).divide(HUNDRED));
            }
        }
        return money(total);
    }

    private Verdict reject(String rule, String explanation, BigDecimal cap) {
        return new Verdict(false, properties.ruleSet(), rule, explanation, cap);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
