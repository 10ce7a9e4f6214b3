package com.lawfirm.kit.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.lawfirm.events.privacy.ErasureNotice;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.privacy.PersonalFields.Field;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * The event serializer with personal data sealed: every {@link PersonalData} field is encrypted under its subject's
 * key on the way into the event store and onto Kafka, and opened on the way out, reading as erased once the key is
 * destroyed. Everything else of an event, and every event without personal data, is the Jackson serializer's.
 */
public class PersonalDataSerializer implements org.axonframework.serialization.Serializer {

    private final JacksonSerializer delegate;
    private final Supplier<PersonalDataCipher> cipher;
    /** Reads numbers as written: an amount of 2000.50 stays 2000.50, never a double. */
    private final ObjectReader exact;

    public PersonalDataSerializer(JacksonSerializer delegate, Supplier<PersonalDataCipher> cipher) {
        this.delegate = delegate;
        this.cipher = cipher;
        this.exact = delegate.getObjectMapper().reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !PersonalFields.holdsPersonalData(object.getClass())) {
            return delegate.serialize(object, expectedRepresentation);
        }
        ObjectNode tree;
        String sealed;
        try {
            // written as the plain serializer writes it, then read back exactly, so amounts keep their digits
            tree = (ObjectNode) exact.readTree(delegate.getObjectMapper().writeValueAsString(object));
            seal(object, tree, new ArrayDeque<>());
            sealed = delegate.getObjectMapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write " + object.getClass().getName() + " as JSON", e);
        }
        Object data = expectedRepresentation == JsonNode.class ? tree
                : delegate.getConverter().convert(sealed, String.class, expectedRepresentation);
        return new SimpleSerializedObject<>(expectedRepresentation.cast(data), expectedRepresentation,
                delegate.typeForClass(object.getClass()));
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = delegate.classForType(serializedObject.getType());
        T event = type == UnknownSerializedType.class || !PersonalFields.holdsPersonalData(type)
                ? delegate.deserialize(serializedObject)
                : delegate.deserialize(opened(type, serializedObject));
        if (event instanceof ErasureNotice notice) {
            // whoever reads of an erasure stops using the keys it still holds at once
            cipher.get().keys().forget(notice.erasedSubjects());
        }
        return event;
    }

    private <S> SerializedObject<JsonNode> opened(Class<?> type, SerializedObject<S> serializedObject) {
        JsonNode tree;
        try {
            Object data = serializedObject.getData();
            tree = data instanceof String text ? exact.readTree(text)
                    : data instanceof byte[] bytes ? exact.readTree(bytes)
                    : delegate.getConverter().convert(data, serializedObject.getContentType(), JsonNode.class).deepCopy();
        } catch (java.io.IOException e) {
            throw new SerializationException("stored event " + serializedObject.getType().getName() + " is not JSON", e);
        }
        if (tree.isObject()) {
            open(type, (ObjectNode) tree);
        }
        return new SimpleSerializedObject<>(tree, JsonNode.class, serializedObject.getType());
    }

    /**
     * A stored payload as its readers see it, still as JSON: personal data opened, or erased where its key is gone.
     * Auditors read stored events this way.
     */
    public JsonNode revealed(String type, String revision, JsonNode payload) {
        Class<?> payloadType = delegate.classForType(new SimpleSerializedType(type, revision));
        if (payloadType == UnknownSerializedType.class || !PersonalFields.holdsPersonalData(payloadType)
                || !payload.isObject()) {
            return payload;
        }
        ObjectNode copy = payload.deepCopy();
        open(payloadType, copy);
        return copy;
    }

    private void seal(Object value, ObjectNode node, Deque<Object> enclosing) {
        for (Field field : PersonalFields.of(value.getClass())) {
            Object child = field.read(value);
            JsonNode childNode = node.get(field.name());
            if (child == null || childNode == null || childNode.isNull()) {
                continue;
            }
            switch (field.kind()) {
                case PERSONAL -> {
                    String subject = subject(field.personal(), value, enclosing);
                    if (subject != null && applies(field.personal(), value)) {
                        node.set(field.name(), cipher.get().seal(subject, childNode));
                    }
                }
                case RECORD -> {
                    enclosing.push(value);
                    seal(child, (ObjectNode) childNode, enclosing);
                    enclosing.pop();
                }
                case RECORD_LIST -> {
                    enclosing.push(value);
                    Iterator<JsonNode> elements = childNode.elements();
                    for (Object element : (Collection<?>) child) {
                        JsonNode elementNode = elements.next();
                        if (element != null && elementNode.isObject()) {
                            seal(element, (ObjectNode) elementNode, enclosing);
                        }
                    }
                    enclosing.pop();
                }
            }
        }
    }

    private void open(Class<?> type, ObjectNode node) {
        for (Field field : PersonalFields.of(type)) {
            JsonNode child = node.get(field.name());
            if (child == null) {
                continue;
            }
            if (field.kind() == PersonalFields.Kind.PERSONAL && PersonalDataCipher.isSealed(child)) {
                node.set(field.name(), cipher.get().open(child).orElseGet(() -> erased(field.type())));
            } else if (field.kind() == PersonalFields.Kind.RECORD && child.isObject()) {
                open(field.nested(), (ObjectNode) child);
            } else if (field.kind() == PersonalFields.Kind.RECORD_LIST && child.isArray()) {
                child.forEach(element -> {
                    if (element.isObject()) {
                        open(field.nested(), (ObjectNode) element);
                    }
                });
            }
        }
    }

    private static JsonNode erased(Class<?> type) {
        if (type == String.class) {
            return TextNode.valueOf(PersonalData.ERASED);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return new ArrayNode(JsonNodeFactory.instance);
        }
        return NullNode.getInstance();
    }

    /** The subject named by the field: the first of its names with a value, in the record or the nearest enclosing one. */
    private static String subject(PersonalData personal, Object value, Deque<Object> enclosing) {
        for (String name : personal.subject()) {
            Object subject = PersonalFields.component(value, name);
            for (Iterator<Object> outer = enclosing.iterator(); subject == null && outer.hasNext(); ) {
                subject = PersonalFields.component(outer.next(), name);
            }
            if (subject != null && !subject.toString().isBlank()) {
                return subject.toString();
            }
        }
        return null;
    }

    private static boolean applies(PersonalData personal, Object value) {
        if (personal.onlyIf().isBlank()) {
            return true;
        }
        String[] condition = personal.onlyIf().split("=", 2);
        Object actual = PersonalFields.component(value, condition[0].strip());
        return actual != null && actual.toString().equals(condition[1].strip());
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }

    /** The Jackson serializer underneath, for those that need its object mapper. */
    public JacksonSerializer jackson() {
        return delegate;
    }
}
