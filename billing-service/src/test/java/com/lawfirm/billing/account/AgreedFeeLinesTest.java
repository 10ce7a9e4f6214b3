package com.lawfirm.billing.account;

import com.lawfirm.billing.feerules.FeeRuleProperties;
import com.lawfirm.billing.feerules.FeeRules;
import com.lawfirm.events.billing.InvoiceLine;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.kit.problem.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Agreed fees priced from the fee agreement: milestones, the fixed fee, percentages, contingency under its cap. */
class AgreedFeeLinesTest {

    private final AgreedFeeLines lines = new AgreedFeeLines(new FeeRules(new FeeRuleProperties("CN-2021", List.of(),
            List.of(new FeeRuleProperties.Bracket(new BigDecimal("1000000"), new BigDecimal("0.18")),
                    new FeeRuleProperties.Bracket(new BigDecimal("5000000"), new BigDecimal("0.15")),
                    new FeeRuleProperties.Bracket(null, new BigDecimal("0.06"))))));

    private static FeeComponent component(FeeModel model, String amount, String rate, String percentage, String milestone) {
        return new FeeComponent(model, amount == null ? null : new BigDecimal(amount), rate == null ? null : new BigDecimal(rate),
                null, percentage == null ? null : new BigDecimal(percentage), milestone, null);
    }

    private static FeeQuote quote(String amountInDispute, FeeComponent... components) {
        return new FeeQuote("CNY", List.of(components), amountInDispute == null ? null : new BigDecimal(amountInDispute), "");
    }

    @Test
    void aMilestoneBillsItsStageAndNamesTheOthersWhenUnknown() {
        FeeQuote staged = quote(null, component(FeeModel.STAGED, "30000", null, null, "立案 Filing"),
                component(FeeModel.STAGED, "50000", null, null, "一审判决 Judgment"));
        AgreedFeeLines.AgreedFee fee = lines.milestone(staged, " 一审判决 judgment ");
        assertThat(fee.key()).as("the agreement's own spelling").isEqualTo("milestone:一审判决 Judgment");
        assertThat(lines.milestone(staged, "一审判决 JUDGMENT").key()).isEqualTo(fee.key());
        assertThat(fee.lines()).extracting(InvoiceLine::amount).containsExactly(new BigDecimal("50000.00"));
        assertThatThrownBy(() -> lines.milestone(staged, "二审 Appeal")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("立案 Filing").hasMessageContaining("一审判决 Judgment");
    }

    @Test
    void aPercentageOfTheAmountInDisputeIsRoundedHalfEven() {
        AgreedFeeLines.AgreedFee fee = lines.fee(quote("1234567.89", component(FeeModel.PERCENTAGE_OF_DISPUTE, null, null, "3.5", null)),
                FeeModel.PERCENTAGE_OF_DISPUTE, null);
        // 1,234,567.89 × 3.5% = 43,209.87615
        assertThat(fee.lines()).extracting(InvoiceLine::amount).containsExactly(new BigDecimal("43209.88"));
        assertThatThrownBy(() -> lines.fee(quote(null, component(FeeModel.PERCENTAGE_OF_DISPUTE, null, null, "3.5", null)),
                FeeModel.PERCENTAGE_OF_DISPUTE, null)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void aContingencyFeeOnWhatWasRecoveredStaysUnderTheCapForTheAmountInDispute() {
        FeeQuote contingency = quote("1000000", component(FeeModel.CONTINGENCY, "10000", null, "15", null));
        // cap for 1,000,000: 18% = 180,000; 15% of 1,300,000 recovered = 195,000, plus the 10,000 base, is over it
        AgreedFeeLines.AgreedFee capped = lines.fee(contingency, FeeModel.CONTINGENCY, new BigDecimal("1300000"));
        assertThat(capped.lines()).extracting(InvoiceLine::amount)
                .containsExactly(new BigDecimal("10000.00"), new BigDecimal("170000.00"));
        assertThat(capped.lines().get(1).description()).contains("capped at 180000.00");
        AgreedFeeLines.AgreedFee under = lines.fee(contingency, FeeModel.CONTINGENCY, new BigDecimal("800000"));
        assertThat(under.lines()).extracting(InvoiceLine::amount)
                .containsExactly(new BigDecimal("10000.00"), new BigDecimal("120000.00"));
        FeeQuote baseOverTheCap = quote("100000", component(FeeModel.CONTINGENCY, "30000", null, "10", null));
        // cap for 100,000: 18% = 18,000, which the base alone exceeds
        assertThat(lines.fee(baseOverTheCap, FeeModel.CONTINGENCY, new BigDecimal("100000")).lines())
                .extracting(InvoiceLine::amount).containsExactly(new BigDecimal("18000.00"));
        assertThatThrownBy(() -> lines.fee(contingency, FeeModel.CONTINGENCY, null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getMessage()).contains("recovered"));
    }

    @Test
    void feesTheAgreementDoesNotHaveOrThatAreBilledOtherwiseAreRefused() {
        FeeQuote hourly = quote(null, component(FeeModel.HOURLY, null, "2000", null, null));
        assertThatThrownBy(() -> lines.fee(hourly, FeeModel.FIXED, null)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("no FIXED fee");
        assertThatThrownBy(() -> lines.fee(hourly, FeeModel.HOURLY, null)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("approved time");
    }

    @Test
    void theAgreedHourlyRateComesBeforeTheFirmsAndItsAmountCapsTheTime() {
        RateCard card = new RateCard(new RateProperties(java.util.Map.of("wang.li", new BigDecimal("2500")),
                java.util.Map.of(com.lawfirm.events.matter.StaffRole.PARTNER, new BigDecimal("3000"))), null);
        FeeQuote agreed = quote(null, component(FeeModel.HOURLY, "200000", "1800", null, null));
        assertThat(card.rate("wang.li", null, Optional.of(agreed)))
                .isEqualTo(new RateCard.Rate(new BigDecimal("1800"), "agreement", new BigDecimal("200000")));
        assertThat(card.rate("wang.li", null, Optional.empty()))
                .isEqualTo(new RateCard.Rate(new BigDecimal("2500"), "lawyer", null));
        assertThat(card.rate("wang.li", new BigDecimal("999"), Optional.of(agreed)))
                .isEqualTo(new RateCard.Rate(new BigDecimal("999"), "entry", new BigDecimal("200000")));
    }
}
