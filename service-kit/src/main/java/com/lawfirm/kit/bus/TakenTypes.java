package com.lawfirm.kit.bus;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.UnknownSerializedType;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Which events a Kafka-fed group takes, judged from the envelope's head before anything is decoded: a type this
 * service does not know, or none of the group's handlers takes, is passed over. Judged once per type and revision,
 * and again after the group's narrowing has changed.
 */
final class TakenTypes {

    /** Which payload types the group takes, and whether that has changed since it was last asked. */
    record Judgement(Predicate<Class<?>> takes, BooleanSupplier changed) {
    }

    private final EnvelopeCodec codec;
    private volatile Judgement judgement = new Judgement(type -> true, () -> false);
    private final Map<String, Boolean> judged = new ConcurrentHashMap<>();

    TakenTypes(EnvelopeCodec codec) {
        this.codec = codec;
    }

    /** Until the group's processor says which types its handlers take, every known type is taken. */
    void judgedBy(Judgement judgement) {
        this.judgement = judgement;
        judged.clear();
    }

    /** Before a polled batch is judged: a narrowing that has changed since the last batch has every type judged again. */
    void beforeBatch() {
        try {
            if (judgement.changed().getAsBoolean()) {
                judged.clear();
            }
        } catch (RuntimeException e) {
            // a narrowing may have taken in a change before another failed: judge every type again, to be sure
            judged.clear();
            throw e;
        }
    }

    /** Whether the envelope's event is one the group takes; an envelope that cannot be read fails here. */
    boolean takes(String envelope) {
        SerializedType type = codec.payloadType(envelope);
        return judged.computeIfAbsent(type.getName() + "/" + type.getRevision(), key -> {
            Class<?> payload = codec.classOf(type);
            return payload != UnknownSerializedType.class && judgement.takes().test(payload);
        });
    }
}
