package com.lawfirm.matter;

import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.RetentionClass;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The archive's retention class: the longer of what the matter's type and its amount in dispute call for. */
class RetentionRulesTest {

    private final MatterProperties rules = new MatterProperties("{year}-{area}-{seq:4}", Period.ofMonths(3),
            Map.of(MatterType.CRIMINAL, RetentionClass.PERMANENT, MatterType.NON_LITIGATION, RetentionClass.SHORT),
            RetentionClass.LONG, List.of(new MatterProperties.AmountRule(new BigDecimal("10000000"), RetentionClass.PERMANENT),
            new MatterProperties.AmountRule(new BigDecimal("1000000"), RetentionClass.LONG)), null);

    @Test
    void aLargeAmountLengthensAShortTypeButNothingShortensALongOne() {
        assertThat(rules.retentionOf(MatterType.NON_LITIGATION, null)).isEqualTo(RetentionClass.SHORT);
        assertThat(rules.retentionOf(MatterType.NON_LITIGATION, new BigDecimal("999999.99"))).isEqualTo(RetentionClass.SHORT);
        assertThat(rules.retentionOf(MatterType.NON_LITIGATION, new BigDecimal("1000000"))).isEqualTo(RetentionClass.LONG);
        assertThat(rules.retentionOf(MatterType.NON_LITIGATION, new BigDecimal("25000000"))).isEqualTo(RetentionClass.PERMANENT);
        assertThat(rules.retentionOf(MatterType.CIVIL_LITIGATION, new BigDecimal("10000000"))).isEqualTo(RetentionClass.PERMANENT);
        assertThat(rules.retentionOf(MatterType.CRIMINAL, new BigDecimal("10"))).isEqualTo(RetentionClass.PERMANENT);
        assertThat(rules.retentionOf(MatterType.CIVIL_LITIGATION, null)).isEqualTo(RetentionClass.LONG);
    }
}
