package com.lawfirm.notification.rules;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An event's fields as template values: {@code description}, nested records by path ({@code prospect.name}), lists
 * joined with " / " and counted ({@code hits.count}), instants in the firm's zone to the minute.
 */
final class EventValues {

    private final DateTimeFormatter instants;

    EventValues(ZoneId zone) {
        this.instants = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    Map<String, String> of(Object event) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", event, values, 0);
        return values;
    }

    private void flatten(String prefix, Object record, Map<String, String> values, int depth) {
        // events are small trees of records; the bound only guards against a cycle nobody meant
        if (depth > 4) {
            return;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException unreadable) {
                continue;
            }
            String key = prefix + component.getName();
            if (value == null) {
                continue;
            }
            if (value.getClass().isRecord()) {
                flatten(key + ".", value, values, depth + 1);
            } else if (value instanceof Collection<?> list) {
                values.put(key + ".count", String.valueOf(list.size()));
                values.put(key, list.stream().filter(Objects::nonNull).filter(v -> !v.getClass().isRecord())
                        .map(this::text).collect(Collectors.joining(" / ")));
            } else if (!(value instanceof Map<?, ?>)) {
                values.put(key, text(value));
            }
        }
    }

    String text(Object value) {
        return value instanceof Instant instant ? instants.format(instant) : String.valueOf(value);
    }
}
