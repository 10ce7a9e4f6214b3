package com.lawfirm.billing.feerules;

import com.lawfirm.events.intake.MatterType;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.List;

/**
 * The firm's fee rules as configuration (billing-service.yml carries the Chinese national rules; a firm elsewhere
 * loads its own set under another name).
 *
 * @param ruleSet            the name and version of the rules, recorded with every decision
 * @param contingencyBanned  matter types for which a contingency fee (风险代理) is not allowed
 * @param contingencyBrackets the progressive caps on contingency fees: each bracket's upper bound (null for the
 *                           last, open one) and the highest rate on the part of the amount within it
 */
@ConfigurationProperties("lawfirm.billing.fee-rules")
public record FeeRuleProperties(String ruleSet, List<MatterType> contingencyBanned, List<Bracket> contingencyBrackets) {

    public record Bracket(BigDecimal upTo, BigDecimal rate) {
    }

    public FeeRuleProperties {
        contingencyBanned = contingencyBanned == null ? List.of() : List.copyOf(contingencyBanned);
        contingencyBrackets = contingencyBrackets == null ? List.of() : List.copyOf(contingencyBrackets);
    }
}
