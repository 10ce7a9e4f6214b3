package com.lawfirm.matter.casefile;

import com.lawfirm.matter.MatterProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gapless matter numbers per year and practice area. The increment holds the sequence row's lock until the calling
 * transaction ends, so concurrent openings queue, each number is used once, and a rolled-back opening frees its
 * number for the next.
 */
@Component
class MatterNumbers {

    private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d+))?}");

    private final JdbcTemplate jdbc;
    private final String pattern;

    MatterNumbers(JdbcTemplate jdbc, MatterProperties properties) {
        this.jdbc = jdbc;
        this.pattern = properties.numberPattern();
    }

    /** Must run inside the transaction that stores the matter's first event. */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year, String area) {
        Integer value = jdbc.queryForObject("""
                INSERT INTO matter_number_sequence (year, area, last_value) VALUES (?, ?, 1)
                ON CONFLICT (year, area) DO UPDATE SET last_value = matter_number_sequence.last_value + 1
                RETURNING last_value""", Integer.class, year, area);
        return format(pattern, year, area, value);
    }

    static String format(String pattern, int year, String area, int sequence) {
        Matcher seq = SEQ.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (seq.find()) {
            int width = seq.group(1) == null ? 1 : Integer.parseInt(seq.group(1));
            seq.appendReplacement(out, String.format("%0" + width + "d", sequence));
        }
        seq.appendTail(out);
        return out.toString().replace("{year}", String.valueOf(year)).replace("{area}", area);
    }
}
