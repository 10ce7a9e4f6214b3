package com.lawfirm.matter;

import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.KeyEventKind;
import com.lawfirm.events.matter.RetentionClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

/**
 * matter-service's settings.
 *
 * @param numberPattern    the matter number's pattern: {year}, {area} (the practice area's code), {seq:N} (the
 *                         sequence, zero-padded to N digits) and any fixed text
 * @param archiveAfter     how long after closing a matter's file is due in the archive
 * @param retentionByType  the retention class of an archived file by matter type (the firm's archive rules)
 * @param defaultRetention the retention class of a type the rules do not name
 * @param keyEventDeadlines how soon the client must be told of each kind of key event (a kind not named: one day)
 */
@ConfigurationProperties("lawfirm.matter")
public record MatterProperties(@DefaultValue("{year}-{area}-{seq:4}") String numberPattern,
                               @DefaultValue("P3M") Period archiveAfter,
                               Map<MatterType, RetentionClass> retentionByType,
                               @DefaultValue("LONG") RetentionClass defaultRetention,
                               Map<KeyEventKind, Duration> keyEventDeadlines) {

    public RetentionClass retentionOf(MatterType type) {
        return retentionByType == null ? defaultRetention : retentionByType.getOrDefault(type, defaultRetention);
    }

    public Duration communicateWithin(KeyEventKind kind) {
        return keyEventDeadlines == null ? Duration.ofDays(1) : keyEventDeadlines.getOrDefault(kind, Duration.ofDays(1));
    }
}
