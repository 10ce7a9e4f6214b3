package com.lawfirm.kit.privacy;

import com.lawfirm.events.privacy.PersonalData;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where personal data sits in an event type: its {@link PersonalData} components and the nested records (alone or in
 * lists) that hold some. Worked out once per type.
 */
final class PersonalFields {

    enum Kind { PERSONAL, RECORD, RECORD_LIST }

    record Field(String name, Method accessor, Kind kind, PersonalData personal, Class<?> type, Class<?> nested) {

        Object read(Object owner) {
            try {
                return accessor.invoke(owner);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + name + " of " + owner.getClass().getName(), e);
            }
        }
    }

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private PersonalFields() {
    }

    /** The fields to visit in {@code type}; empty when nothing in it is personal. */
    static List<Field> of(Class<?> type) {
        List<Field> fields = FIELDS.get(type);
        if (fields == null) {
            fields = List.copyOf(inspect(type, new HashSet<>()));
            FIELDS.put(type, fields);
        }
        return fields;
    }

    static boolean holdsPersonalData(Class<?> type) {
        return !of(type).isEmpty();
    }

    /** The named component's value in {@code owner}, when it has one. */
    static Object component(Object owner, String name) {
        if (owner == null || !owner.getClass().isRecord()) {
            return null;
        }
        Method accessor = ACCESSORS.computeIfAbsent(owner.getClass(), PersonalFields::accessors).get(name);
        if (accessor == null) {
            return null;
        }
        try {
            return accessor.invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + owner.getClass().getName(), e);
        }
    }

    private static Map<String, Method> accessors(Class<?> record) {
        Map<String, Method> accessors = new HashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            accessors.put(component.getName(), component.getAccessor());
        }
        return accessors;
    }

    private static List<Field> inspect(Class<?> type, Set<Class<?>> visiting) {
        if (!type.isRecord() || !visiting.add(type)) {
            return List.of();
        }
        List<Field> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            PersonalData personal = component.getAnnotation(PersonalData.class);
            Class<?> raw = component.getType();
            if (personal != null) {
                fields.add(new Field(component.getName(), component.getAccessor(), Kind.PERSONAL, personal, raw, null));
            } else if (raw.isRecord() && !inspect(raw, visiting).isEmpty()) {
                fields.add(new Field(component.getName(), component.getAccessor(), Kind.RECORD, null, raw, raw));
            } else if (Collection.class.isAssignableFrom(raw)) {
                Class<?> element = elementType(component.getGenericType());
                if (element != null && element.isRecord() && !inspect(element, visiting).isEmpty()) {
                    fields.add(new Field(component.getName(), component.getAccessor(), Kind.RECORD_LIST, null, raw, element));
                }
            }
        }
        visiting.remove(type);
        return fields;
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }
}
