package com.lawfirm.notification.delivery;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The delivery log every channel writes: one entry per (event, recipient, channel), opened once, then each attempt,
 * the outcome and the timings; and the retry policy they share (exponential backoff, then parked as dead).
 */
@Component
public class Deliveries {

    public static final String COLLECTION = "deliveries";

    private final ReadModelStore store;

    Deliveries(ReadModelStore store) {
        this.store = store;
    }

    /** Logs the delivery unless it already is; true when it is new and should be sent. */
    public boolean open(DeliveryView delivery) {
        delivery.createdAt = Instant.now();
        return store.get(COLLECTION, delivery.id, DeliveryView.class).isEmpty() && store.upsert(COLLECTION, delivery.id, 1, delivery);
    }

    /** A dead delivery, made pending again for its channel to send anew. */
    DeliveryView reopenDead(String id) {
        DeliveryView delivery = store.get(COLLECTION, id, DeliveryView.class).orElseThrow(() -> new NotFoundException("delivery", id));
        if (!"DEAD".equals(delivery.status)) {
            throw new RuleViolationException("delivery-not-dead", "only a delivery given up on can be re-sent; this one is "
                    + delivery.status);
        }
        update(store, id, d -> {
            d.status = "PENDING";
            d.lastError = null;
        });
        return delivery;
    }

    public static void attempted(ReadModelStore store, String id) {
        update(store, id, d -> d.attempts++);
    }

    public static void failed(ReadModelStore store, MeterRegistry meters, String id, String channel, Exception failure) {
        update(store, id, d -> {
            d.status = "RETRYING";
            d.lastError = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        });
        meters.counter("notifications.failed", "channel", channel).increment();
    }

    public static void sent(ReadModelStore store, MeterRegistry meters, String id, String channel) {
        update(store, id, d -> {
            d.status = "SENT";
            d.sentAt = Instant.now();
            d.latencyMillis = Duration.between(d.createdAt, d.sentAt).toMillis();
            // from the log entry to the recipient's server: quiet hours and retries count, as the recipient feels them
            meters.timer("notifications.latency", "channel", channel).record(Duration.ofMillis(d.latencyMillis));
        });
        meters.counter("notifications.sent", "channel", channel).increment();
    }

    /** Retries with exponential backoff; after the last attempt the delivery is parked as dead, re-sendable. */
    public static <T> FailureHandler<T> retries(ReadModelStore store, MeterRegistry meters, String channel, int maxAttempts,
                                                Duration backoff) {
        // db-scheduler counts retries, not attempts: the first attempt is not a retry
        return new FailureHandler.MaxRetriesFailureHandler<>(maxAttempts - 1,
                new FailureHandler.ExponentialBackoffFailureHandler<>(backoff), (complete, operations) -> {
            update(store, complete.getExecution().taskInstance.getId(), d -> d.status = "DEAD");
            meters.counter("notifications.dead", "channel", channel).increment();
            operations.stop();
        });
    }

    static void update(ReadModelStore store, String id, Consumer<DeliveryView> change) {
        store.get(COLLECTION, id, DeliveryView.class).ifPresent(d -> {
            change.accept(d);
            store.put(COLLECTION, id, d);
        });
    }
}
