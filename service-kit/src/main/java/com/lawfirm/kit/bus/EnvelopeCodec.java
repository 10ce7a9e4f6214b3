package com.lawfirm.kit.bus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Turns Axon event messages into Kafka envelopes and back, keeping the event id, timestamp and metadata. */
public class EnvelopeCodec {

    private final Serializer serializer;
    private final ObjectMapper json;
    /** Reads numbers as written: an amount of 2000.50 crosses the bus as 2000.50, never as a double. */
    private final ObjectReader exact;

    public EnvelopeCodec(Serializer serializer, ObjectMapper json) {
        this.serializer = serializer;
        this.json = json;
        this.exact = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    /**
     * An event read from the store keeps its payload as stored (personal data still sealed, upcast to its latest
     * revision): it is neither opened nor sealed again on its way to Kafka.
     */
    public String encode(EventMessage<?> event) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        try {
            EventEnvelope envelope = new EventEnvelope(
                    event.getIdentifier(),
                    payload.getType().getName(),
                    payload.getType().getRevision(),
                    event.getTimestamp(),
                    domain == null ? null : domain.getType(),
                    domain == null ? null : domain.getAggregateIdentifier(),
                    domain == null ? null : domain.getSequenceNumber(),
                    new HashMap<>(event.getMetaData()),
                    exact.readTree(payload.getData()));
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.getIdentifier() + " cannot be written as JSON", e);
        }
    }

    /**
     * The envelope as an event message, or empty when its type is unknown to this service. The payload is read from
     * the envelope's tree as it stands, not written out as text and parsed again: numbers keep the value they were
     * written with either way (a decimal read exactly, a {@code double} rounded to the same nearest value).
     */
    public Optional<EventMessage<?>> decode(String value) {
        EventEnvelope envelope = envelope(value);
        SimpleSerializedType type = new SimpleSerializedType(envelope.type(), envelope.revision());
        if (serializer.classForType(type) == UnknownSerializedType.class) {
            return Optional.empty();
        }
        if (envelope.payload() == null || envelope.payload().isNull()) {
            throw new IllegalArgumentException("an event envelope without its payload");
        }
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(envelope.payload(), JsonNode.class, type));
        Map<String, Object> metadata = envelope.metadata() == null ? Map.of() : envelope.metadata();
        if (envelope.aggregateId() != null) {
            return Optional.of(new GenericDomainEventMessage<>(envelope.aggregateType(), envelope.aggregateId(),
                    envelope.sequenceNumber(), payload, MetaData.from(metadata), envelope.eventId(), envelope.timestamp()));
        }
        return Optional.of(new GenericEventMessage<>(envelope.eventId(), payload, metadata, envelope.timestamp()));
    }

    /** The payload's published type and revision, read from the envelope's head without reading the payload. */
    public SerializedType payloadType(String value) {
        String type = null;
        String revision = null;
        boolean revisionRead = false;
        try (JsonParser parser = json.getFactory().createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not an event envelope");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME && (type == null || !revisionRead)) {
                String field = parser.currentName();
                parser.nextToken();
                if ("type".equals(field)) {
                    type = parser.getValueAsString();
                } else if ("revision".equals(field)) {
                    revision = parser.getValueAsString();
                    revisionRead = true;
                } else {
                    parser.skipChildren();
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not an event envelope", e);
        }
        if (type == null) {
            throw new IllegalArgumentException("an event envelope without its type");
        }
        return new SimpleSerializedType(type, revision);
    }

    /** The class of a published type, {@link UnknownSerializedType} when this service does not know it. */
    public Class<?> classOf(SerializedType type) {
        return serializer.classForType(type);
    }

    public EventEnvelope envelope(String value) {
        try {
            return exact.forType(EventEnvelope.class).readValue(value);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not an event envelope", e);
        }
    }
}
