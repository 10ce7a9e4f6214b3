package com.lawfirm.kit.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * Events kept whole in a read model (a timeline, a delivery log) are kept sealed, as the event store keeps them, and
 * opened when read: an erasure then reaches these copies without anyone having to find and rewrite them.
 */
public class SealedPayloads {

    /** An event's payload as stored: its published type and revision, and its JSON with personal data sealed. */
    public record Sealed(String type, String revision, JsonNode json) {
    }

    private final Serializer eventSerializer;

    SealedPayloads(Serializer eventSerializer) {
        this.eventSerializer = eventSerializer;
    }

    public Sealed seal(Object payload) {
        SerializedObject<JsonNode> serialized = eventSerializer.serialize(payload, JsonNode.class);
        return new Sealed(serialized.getType().getName(), serialized.getType().getRevision(), serialized.getData());
    }

    /** The event itself as readers see it now: personal data opened, or erased. */
    public Object event(Sealed sealed) {
        return eventSerializer.deserialize(new SimpleSerializedObject<>(sealed.json(), JsonNode.class, sealed.type(),
                sealed.revision()));
    }

    /** The JSON as readers see it now: personal data opened, or erased. Unsealed JSON (or no type) reads as it is. */
    public JsonNode open(String type, String revision, JsonNode json) {
        if (type == null || json == null || !(eventSerializer instanceof PersonalDataSerializer personal)) {
            return json;
        }
        return personal.revealed(type, revision, json);
    }
}
