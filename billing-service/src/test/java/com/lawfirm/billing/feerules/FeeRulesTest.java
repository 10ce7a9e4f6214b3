package com.lawfirm.billing.feerules;

import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.MatterType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Chinese national rule set as configured in billing-service.yml. */
class FeeRulesTest {

    static final FeeRuleProperties CN = new FeeRuleProperties("CN-2021", List.of(MatterType.CRIMINAL,
            MatterType.ADMINISTRATIVE, MatterType.STATE_COMPENSATION, MatterType.GROUP_ACTION, MatterType.MARRIAGE_INHERITANCE,
            MatterType.SOCIAL_INSURANCE, MatterType.MINIMUM_LIVING_ALLOWANCE, MatterType.MAINTENANCE_SUPPORT,
            MatterType.PENSION_RELIEF, MatterType.WORK_INJURY, MatterType.LABOUR_REMUNERATION),
            List.of(new FeeRuleProperties.Bracket(new BigDecimal("1000000"), new BigDecimal("0.18")),
                    new FeeRuleProperties.Bracket(new BigDecimal("5000000"), new BigDecimal("0.15")),
                    new FeeRuleProperties.Bracket(new BigDecimal("10000000"), new BigDecimal("0.12")),
                    new FeeRuleProperties.Bracket(new BigDecimal("50000000"), new BigDecimal("0.09")),
                    new FeeRuleProperties.Bracket(null, new BigDecimal("0.06"))));

    private final FeeRules rules = new FeeRules(CN);

    @ParameterizedTest
    @EnumSource(value = MatterType.class, names = {"CRIMINAL", "ADMINISTRATIVE", "STATE_COMPENSATION", "GROUP_ACTION",
            "MARRIAGE_INHERITANCE", "SOCIAL_INSURANCE", "MINIMUM_LIVING_ALLOWANCE", "MAINTENANCE_SUPPORT", "PENSION_RELIEF",
            "WORK_INJURY", "LABOUR_REMUNERATION"})
    void contingencyIsBannedFor(MatterType type) {
        FeeRules.Verdict verdict = rules.check(type, contingency("10", "100000"));
        assertThat(verdict.approved()).isFalse();
        assertThat(verdict.rule()).isEqualTo("contingency-not-allowed");
        assertThat(verdict.ruleSet()).isEqualTo("CN-2021");
    }

    @ParameterizedTest
    @EnumSource(value = MatterType.class, names = {"CIVIL_LITIGATION", "COMMERCIAL_ARBITRATION", "CORPORATE", "INTELLECTUAL_PROPERTY"})
    void contingencyIsAllowedWithinTheCapFor(MatterType type) {
        assertThat(rules.check(type, contingency("10", "1000000")).approved()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "1000000, 180000.00",
            "999999.99, 180000.00",
            "1000000.01, 180000.00",
            "5000000, 780000.00",
            "10000000, 1380000.00",
            "50000000, 4980000.00",
            "60000000, 5580000.00"})
    void theCapIsProgressiveByBracket(String amount, String cap) {
        assertThat(rules.cap(new BigDecimal(amount))).isEqualByComparingTo(cap);
    }

    @Test
    void exactlyAtTheCapPassesAndACentAboveFails() {
        assertThat(rules.check(MatterType.CIVIL_LITIGATION, contingency("18", "1000000")).approved()).isTrue();
        FeeRules.Verdict over = rules.check(MatterType.CIVIL_LITIGATION,
                new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.CONTINGENCY, new BigDecimal("0.01"), null, null,
                        new BigDecimal("18"), null, null)), new BigDecimal("1000000"), null));
        assertThat(over.approved()).isFalse();
        assertThat(over.rule()).isEqualTo("contingency-cap");
        assertThat(over.contingencyCap()).isEqualByComparingTo("180000.00");
    }

    @Test
    void aBaseFeeCountsTowardsTheCapOfAMixedArrangement() {
        FeeQuote mixed = new FeeQuote("CNY", List.of(
                new FeeComponent(FeeModel.FIXED, new BigDecimal("100000"), null, null, null, null, "base"),
                new FeeComponent(FeeModel.CONTINGENCY, null, null, null, new BigDecimal("10"), null, "success")),
                new BigDecimal("1000000"), null);
        assertThat(rules.check(MatterType.CIVIL_LITIGATION, mixed).rule()).isEqualTo("contingency-cap");
    }

    @Test
    void aContingencyFeeNeedsTheAmountInDispute() {
        assertThat(rules.check(MatterType.CIVIL_LITIGATION, new FeeQuote("CNY", List.of(
                new FeeComponent(FeeModel.CONTINGENCY, null, null, null, new BigDecimal("10"), null, null)), null, null)).rule())
                .isEqualTo("amount-in-dispute-required");
    }

    @Test
    void feesWithoutContingencyAreNotCapped() {
        FeeQuote hourly = new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.HOURLY, null, new BigDecimal("3000"),
                new BigDecimal("500.0"), null, null, null)), null, null);
        assertThat(rules.check(MatterType.CRIMINAL, hourly).approved()).isTrue();
        assertThat(rules.check(MatterType.CRIMINAL, new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.PERCENTAGE_OF_DISPUTE,
                null, null, null, new BigDecimal("120"), null, null)), BigDecimal.TEN, null)).rule()).isEqualTo("percentage-range");
    }

    private static FeeQuote contingency(String percent, String amount) {
        return new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.CONTINGENCY, null, null, null, new BigDecimal(percent),
                null, "success fee")), new BigDecimal(amount), null);
    }
}
