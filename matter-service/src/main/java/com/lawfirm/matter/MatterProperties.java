package com.lawfirm.matter;

import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.KeyEventKind;
import com.lawfirm.events.matter.RetentionClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * matter-service's settings.
 *
 * @param numberPattern    the matter number's pattern: {year}, {area} (the practice area's code), {seq:N} (the
 *                         sequence, zero-padded to N digits) and any fixed text
 * @param archiveAfter     how long after closing a matter's file is due in the archive
 * @param retentionByType  the retention class of an archived file by matter type (the firm's archive rules)
 * @param defaultRetention the retention class of a type the rules do not name
 * @param retentionByAmount the firm's rules by amount in dispute: from this amount up, at least this retention class
 * @param keyEventDeadlines how soon the client must be told of each kind of key event (a kind not named: one day)
 */
@ConfigurationProperties("lawfirm.matter")
public record MatterProperties(@DefaultValue("{year}-{area}-{seq:4}") String numberPattern,
                               @DefaultValue("P3M") Period archiveAfter,
                               Map<MatterType, RetentionClass> retentionByType,
                               @DefaultValue("LONG") RetentionClass defaultRetention,
                               List<AmountRule> retentionByAmount,
                               Map<KeyEventKind, Duration> keyEventDeadlines) {

    /** From {@code from} (in the matter's currency) up, a file is kept at least {@code retention}. */
    public record AmountRule(BigDecimal from, RetentionClass retention) {
    }

    /** The longer of what the matter's type and its amount in dispute call for. */
    public RetentionClass retentionOf(MatterType type, BigDecimal amountInDispute) {
        RetentionClass byType = retentionByType == null ? defaultRetention : retentionByType.getOrDefault(type, defaultRetention);
        if (amountInDispute == null || retentionByAmount == null) {
            return byType;
        }
        return retentionByAmount.stream().filter(rule -> amountInDispute.compareTo(rule.from()) >= 0)
                .map(AmountRule::retention).filter(byAmount -> byAmount.ordinal() < byType.ordinal())
                .min(Comparator.naturalOrder()).orElse(byType);
    }

    public Duration communicateWithin(KeyEventKind kind) {
        return keyEventDeadlines == null ? Duration.ofDays(1) : keyEventDeadlines.getOrDefault(kind, Duration.ofDays(1));
    }
}
