package com.lawfirm.kit.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class FirewallCharactersTest {

    // the strict firewall's own expressions, which the loops replace
    private static final Pattern ASSIGNED_NOT_CONTROL = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void acceptsAndRefusesWhatTheFirewallsExpressionsDo() {
        List<String> samples = List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "张伟 律师事务所", "tab\there",
                "nul\u0000", "line\nfeed", "del\u007f", "c1\u0085", "unassigned\u0378", "emoji \uD83D\uDE00",
                "lone \uD800 surrogate", "private \uE000", "bom \uFEFF", "line sep \u2028");
        for (String sample : samples) {
            assertSame(sample);
        }
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                text.appendCodePoint(random.nextBoolean() ? random.nextInt(0x300) : random.nextInt(0x110000));
            }
            assertSame(text.toString());
        }
    }

    @Test
    void refusesControlCharactersButTabOnlyInValues() {
        assertThat(FirewallCharacters.headerValue("a\tb")).isTrue();
        assertThat(FirewallCharacters.assignedAndNotControl("a\tb")).isFalse();
        assertThat(FirewallCharacters.headerValue("a\rb")).isFalse();
    }

    private static void assertSame(String text) {
        assertThat(FirewallCharacters.assignedAndNotControl(text)).as("name %s", text.codePoints().boxed().toList())
                .isEqualTo(ASSIGNED_NOT_CONTROL.matcher(text).matches());
        assertThat(FirewallCharacters.headerValue(text)).as("value %s", text.codePoints().boxed().toList())
                .isEqualTo(HEADER_VALUE.matcher(text).matches());
    }
}
