package com.lawfirm.billing.account;

import com.lawfirm.billing.feerules.FeeRules;
import com.lawfirm.events.billing.InvoiceLine;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.kit.problem.InvalidFieldException;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The invoice lines of an agreed fee, priced by the fee agreement: a milestone of a staged fee, the fixed fee, the
 * percentage of the amount in dispute, or a contingency fee on what was recovered, capped by the fee rules.
 */
@Component
class AgreedFeeLines {

    /** The lines and the key that keeps the fee from being billed twice. */
    record AgreedFee(String key, List<InvoiceLine> lines) {
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final FeeRules rules;

    AgreedFeeLines(FeeRules rules) {
        this.rules = rules;
    }

    /** The stage as the agreement names it, however the request spells it: one key per stage, billed once. */
    AgreedFee milestone(FeeQuote quote, String milestone) {
        String asked = milestone.strip();
        List<FeeComponent> stages = components(quote, FeeModel.STAGED);
        List<FeeComponent> matching = stages.stream().filter(c -> c.amount() != null && c.milestone() != null
                && c.milestone().strip().equalsIgnoreCase(asked)).toList();
        if (matching.isEmpty()) {
            throw new InvalidFieldException("milestone", "the fee agreement has no milestone '" + asked + "'; its milestones are "
                    + stages.stream().map(FeeComponent::milestone).filter(Objects::nonNull).toList());
        }
        String key = AgreedFeeKeys.milestone(matching.get(0).milestone().strip());
        return new AgreedFee(key, matching.stream().map(c -> line(key, c.description() != null ? c.description()
                : "阶段收费 Stage fee: " + c.milestone().strip(), c.amount())).toList());
    }

    AgreedFee fee(FeeQuote quote, FeeModel model, BigDecimal recovered) {
        String key = AgreedFeeKeys.fee(model);
        List<FeeComponent> parts = components(quote, model);
        if (parts.isEmpty()) {
            throw new InvalidFieldException("fee", "the fee agreement has no " + model + " fee");
        }
        switch (model) {
            case FIXED:
                return new AgreedFee(key, parts.stream().filter(c -> c.amount() != null).map(c -> line(key, c.description() != null ? c.description()
                        : "固定收费 Fixed fee", c.amount())).toList());
            case PERCENTAGE_OF_DISPUTE:
                if (quote.amountInDispute() == null) {
                    throw new InvalidFieldException("fee", "the fee agreement names no amount in dispute to take a percentage of");
                }
                return new AgreedFee(key, parts.stream().filter(c -> c.percentage() != null).map(c -> line(key, "按标的额 %s%% 收费 %s%% of the amount in dispute, %s"
                        .formatted(c.percentage().stripTrailingZeros().toPlainString(), c.percentage().stripTrailingZeros()
                                .toPlainString(), quote.amountInDispute().toPlainString()), percent(quote.amountInDispute(),
                        c.percentage()))).toList());
            case CONTINGENCY:
                return contingency(key, quote, parts.get(0), recovered);
            default:
                throw new InvalidFieldException("fee", model + " fees are not billed this way: hourly fees from approved time,"
                        + " staged fees by milestone");
        }
    }

    /**
     * The base fee and the success fee on what was recovered, together never above the rules' cap for the amount in
     * dispute (or, without one, the amount recovered).
     */
    private AgreedFee contingency(String key, FeeQuote quote, FeeComponent contingency, BigDecimal recovered) {
        if (recovered == null || recovered.signum() <= 0) {
            throw new InvalidFieldException("recovered", "a contingency fee is billed on the amount recovered, which is missing");
        }
        List<InvoiceLine> lines = new ArrayList<>();
        BigDecimal cap = rules.cap(quote.amountInDispute() != null ? quote.amountInDispute() : recovered);
        // the cap holds for the arrangement's whole fee, the base included
        BigDecimal base = (contingency.amount() == null ? BigDecimal.ZERO : contingency.amount()).min(cap);
        if (base.signum() > 0) {
            lines.add(line(key, "风险代理基础费用 Contingency base fee", base));
        }
        BigDecimal success = contingency.percentage() == null ? BigDecimal.ZERO : percent(recovered, contingency.percentage());
        String description = "风险代理 %s%% × %s Success fee".formatted(contingency.percentage() == null ? "0"
                : contingency.percentage().stripTrailingZeros().toPlainString(), recovered.toPlainString());
        if (base.add(success).compareTo(cap) > 0) {
            success = cap.subtract(base).max(BigDecimal.ZERO);
            description += "，以上限 %s 为限 capped at %s".formatted(cap.toPlainString(), cap.toPlainString());
        }
        if (success.signum() > 0) {
            lines.add(line(key, description, success));
        }
        if (lines.isEmpty()) {
            throw new InvalidFieldException("recovered", "the contingency fee on this amount is nothing");
        }
        return new AgreedFee(key, lines);
    }

    private static List<FeeComponent> components(FeeQuote quote, FeeModel model) {
        return quote.components().stream().filter(c -> c.model() == model).toList();
    }

    private static InvoiceLine line(String key, String description, BigDecimal amount) {
        return new InvoiceLine(key, description, Money.of(amount));
    }

    private static BigDecimal percent(BigDecimal amount, BigDecimal percentage) {
        return amount.multiply(percentage).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
    }
}
