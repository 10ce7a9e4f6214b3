package com.lawfirm.kit.bus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.MatterOpened;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A group's judgement of which types it takes: once per type, and again whenever its narrowing has changed. */
class TakenTypesTest {

    private final ObjectMapper json = new ObjectMapper();
    private final TakenTypes taken = new TakenTypes(new EnvelopeCodec(JacksonSerializer.builder().objectMapper(json).build(), json));
    private final List<Class<?>> asked = new ArrayList<>();
    private volatile Set<Class<?>> wanted = Set.of(MatterOpened.class);
    private final AtomicBoolean changed = new AtomicBoolean();
    private volatile boolean unreadable;

    TakenTypesTest() {
        taken.judgedBy(new TakenTypes.Judgement(type -> {
            asked.add(type);
            return wanted.contains(type);
        }, () -> {
            if (unreadable) {
                throw new IllegalStateException("the subscriptions cannot be read");
            }
            return changed.getAndSet(false);
        }));
    }

    @Test
    void eachTypeIsJudgedOnceWhileTheNarrowingStaysAsItIs() {
        for (int batch = 0; batch < 3; batch++) {
            taken.beforeBatch();
            assertThat(taken.takes(envelope(MatterOpened.class))).isTrue();
            assertThat(taken.takes(envelope(MatterClosed.class))).isFalse();
        }

        assertThat(asked).containsExactly(MatterOpened.class, MatterClosed.class);
    }

    @Test
    void aChangedNarrowingHasEveryTypeJudgedAgainFromTheNextBatch() {
        taken.beforeBatch();
        assertThat(taken.takes(envelope(MatterClosed.class))).isFalse();

        wanted = Set.of(MatterOpened.class, MatterClosed.class);
        assertThat(taken.takes(envelope(MatterClosed.class))).as("within the batch, as judged").isFalse();
        changed.set(true);
        taken.beforeBatch();

        assertThat(taken.takes(envelope(MatterClosed.class))).isTrue();
    }

    @Test
    void aNarrowingThatFailsToRefreshHasEveryTypeJudgedAgain() {
        taken.beforeBatch();
        assertThat(taken.takes(envelope(MatterClosed.class))).isFalse();
        // a narrowing took the change in, then another failed before the judgement heard of it
        wanted = Set.of(MatterClosed.class);
        unreadable = true;

        assertThatThrownBy(taken::beforeBatch).isInstanceOf(IllegalStateException.class);

        assertThat(taken.takes(envelope(MatterClosed.class))).isTrue();
    }

    @Test
    void aTypeThisServiceDoesNotKnowIsNeverTaken() {
        taken.beforeBatch();

        assertThat(taken.takes("""
                {"eventId":"e-1","type":"com.lawfirm.events.matter.SomethingNew","revision":"1","payload":{}}""")).isFalse();
        assertThat(asked).isEmpty();
    }

    private static String envelope(Class<?> type) {
        return """
                {"eventId":"e-1","type":"%s","revision":"1","timestamp":"2026-11-30T08:00:00Z","payload":{}}"""
                .formatted(type.getName());
    }
}
