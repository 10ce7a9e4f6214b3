package com.lawfirm.kit.bus;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.UnknownSerializedType;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Which events a Kafka-fed group takes, judged from the envelope's head before anything is decoded: a type this
 * service does not know, or none of the group's handlers takes, is passed over. Judged once per type and revision.
 */
final class TakenTypes {

    private final EnvelopeCodec codec;
    private volatile Predicate<Class<?>> handled = type -> true;
    private final Map<String, Boolean> judged = new ConcurrentHashMap<>();

    TakenTypes(EnvelopeCodec codec) {
        this.codec = codec;
    }

    /** Until the group's processor says which types its handlers take, every known type is taken. */
    void handledAre(Predicate<Class<?>> handled) {
        this.handled = handled;
        judged.clear();
    }

    /** Whether the envelope's event is one the group takes; an envelope that cannot be read fails here. */
    boolean takes(String envelope) {
        SerializedType type = codec.payloadType(envelope);
        return judged.computeIfAbsent(type.getName() + "/" + type.getRevision(), key -> {
            Class<?> payload = codec.classOf(type);
            return payload != UnknownSerializedType.class && handled.test(payload);
        });
    }
}
