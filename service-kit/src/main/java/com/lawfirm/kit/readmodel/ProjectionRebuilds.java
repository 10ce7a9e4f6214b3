package com.lawfirm.kit.readmodel;

import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.problem.RuleViolationException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Rebuilds of the read models fed from the service's own event store: the projection's processor stops and replays
 * every event from the first into shadow copies of its collections (emptied by its reset handler), while queries are
 * answered from the current ones; the shadow takes over once it has caught up. The Kafka publisher is no
 * projection (a replay would publish everything again), and Kafka-fed read models are rebuilt from their topics.
 */
public class ProjectionRebuilds {

    /** A projection's progress: events replayed so far, out of the store's events. */
    public record Status(String name, boolean running, boolean replaying, long position, long head, boolean caughtUp,
                         boolean shadow) {
    }

    private static final Set<String> NOT_PROJECTIONS = Set.of("kafka-publisher");

    private final EventProcessingConfiguration processing;
    private final EventStore events;

    private final ShadowCopies shadows;

    public ProjectionRebuilds(EventProcessingConfiguration processing, EventStore events, ShadowCopies shadows) {
        this.processing = processing;
        this.events = events;
        this.shadows = shadows;
    }

    public List<Status> statuses() {
        return processing.eventProcessors().values().stream()
                .filter(p -> p instanceof TrackingEventProcessor && !NOT_PROJECTIONS.contains(p.getName()))
                .map(p -> status((TrackingEventProcessor) p)).toList();
    }

    public Status rebuild(String name) {
        if (NOT_PROJECTIONS.contains(name)) {
            throw new RuleViolationException("not-a-projection", name + " is not a read model and is never replayed");
        }
        TrackingEventProcessor processor = processing.eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("projection", name));
        // one segment replays in order, so the event that catches it up is the last one: the shadow can take over there
        boolean shadowed = processor.processingStatus().size() <= 1 && headPosition() >= 0;
        processor.shutDown();
        if (shadowed) {
            shadows.begin(name);
            // the reset handlers run here: they empty the shadow copies, and name the collections that will be swapped
            shadows.inShadowOf(name, () -> {
                processor.resetTokens();
                return null;
            });
            shadows.replaying(name);
        } else {
            processor.resetTokens();
        }
        processor.start();
        return status(processor);
    }

    private Status status(TrackingEventProcessor processor) {
        long position = processor.processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min().orElse(-1);
        boolean replaying = processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying);
        long headPosition = headPosition();
        // Axon keeps the replay flag until an event newer than the reset point arrives: caught up is about position
        return new Status(processor.getName(), processor.isRunning(), replaying, position, headPosition,
                position >= headPosition && !shadows.rebuilding(processor.getName()), shadows.rebuilding(processor.getName()));
    }

    private long headPosition() {
        TrackingToken head = events.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
