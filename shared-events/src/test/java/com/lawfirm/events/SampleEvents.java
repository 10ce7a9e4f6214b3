package com.lawfirm.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/** Builds a sample of any event record, every field filled, for writing a golden file the first time. */
final class SampleEvents {

    private SampleEvents() {
    }

    static Object sample(Type type) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            if (List.class.isAssignableFrom(raw)) {
                return List.of(sample(generic.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(sample(generic.getActualTypeArguments()[0]), sample(generic.getActualTypeArguments()[1]));
            }
            throw new IllegalArgumentException("no sample for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "样例 sample";
        }
        if (c == int.class || c == Integer.class) {
            return 1;
        }
        if (c == long.class || c == Long.class) {
            return 1L;
        }
        if (c == double.class || c == Double.class) {
            return 0.5;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == BigDecimal.class) {
            return new BigDecimal("1234.50");
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2026, 11, 28);
        }
        if (c == Instant.class) {
            return Instant.parse("2026-11-28T08:00:00Z");
        }
        if (c == Duration.class) {
            return Duration.ofHours(24);
        }
        if (c == Period.class) {
            return Period.ofMonths(3);
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getGenericType());
                types[i] = components[i].getType();
            }
            return c.getDeclaredConstructor(types).newInstance(values);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
