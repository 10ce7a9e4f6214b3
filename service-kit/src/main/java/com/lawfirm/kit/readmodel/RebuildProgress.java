package com.lawfirm.kit.readmodel;

import com.lawfirm.kit.bus.KafkaEventSource;
import com.lawfirm.kit.readmodel.ProjectionRebuilds.Status;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** How far each projection is, against the event store's head or its topics' ends, and a rebuild's time left. */
class RebuildProgress {

    private record Started(long atMillis, long remaining) {
    }

    private final ShadowCopies shadows;
    private final StoreHead head;
    private final Predicate<String> awaitingHandOver;
    private final Map<String, Started> started = new ConcurrentHashMap<>();

    RebuildProgress(ShadowCopies shadows, StoreHead head, Predicate<String> awaitingHandOver) {
        this.shadows = shadows;
        this.head = head;
        this.awaitingHandOver = awaitingHandOver;
    }

    /** A rebuild starts, with {@code remaining} events or records to replay: the pace is measured from here. */
    void started(String name, long remaining) {
        started.put(name, new Started(System.currentTimeMillis(), Math.max(1, remaining)));
    }

    Status of(TrackingEventProcessor processor) {
        long position = processor.processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min().orElse(-1);
        boolean replaying = processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying);
        long last = head.position();
        String name = processor.getName();
        boolean shadow = shadows.rebuilding(name);
        long remaining = Math.max(0, last - position);
        // Axon keeps the replay flag until an event newer than the reset point arrives: caught up is about position
        return new Status(name, "event-store", processor.isRunning(), replaying, position, last, remaining,
                position >= last && !shadow, shadow, estimate(name, remaining, shadow || replaying),
                shadows.givenUp(name).orElse(null), awaitingHandOver.test(name));
    }

    Status of(KafkaEventSource source) {
        boolean shadow = shadows.rebuilding(source.name());
        long remaining = source.lag();
        return new Status(source.name(), "kafka", true, source.rebuilding(), -1, -1, remaining,
                remaining == 0 && !shadow, shadow, estimate(source.name(), remaining, shadow),
                shadows.givenUp(source.name()).orElse(null), false);
    }

    /** Seconds left at the pace so far, while a rebuild runs and has made progress. */
    private Long estimate(String name, long remaining, boolean running) {
        Started start = started.get(name);
        if (!running || start == null) {
            return null;
        }
        long done = start.remaining() - remaining;
        long elapsed = System.currentTimeMillis() - start.atMillis();
        return done <= 0 || elapsed <= 0 ? null : Math.round(remaining * (elapsed / 1000.0) / done);
    }
}
