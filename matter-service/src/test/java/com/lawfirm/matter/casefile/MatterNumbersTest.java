package com.lawfirm.matter.casefile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatterNumbersTest {

    @Test
    void theDefaultPatternGivesYearAreaAndAFourDigitSequence() {
        assertThat(MatterNumbers.format("{year}-{area}-{seq:4}", 2026, "LIT", 42)).isEqualTo("2026-LIT-0042");
    }

    @Test
    void firmsChooseTheirOwnPattern() {
        assertThat(MatterNumbers.format("（{year}）律{area}字第{seq:3}号", 2026, "CRIM", 7)).isEqualTo("（2026）律CRIM字第007号");
        assertThat(MatterNumbers.format("M{seq}/{year}", 2026, "IP", 12345)).isEqualTo("M12345/2026");
    }
}
