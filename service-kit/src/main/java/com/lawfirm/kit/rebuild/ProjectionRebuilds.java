package com.lawfirm.kit.rebuild;

import com.lawfirm.kit.bus.KafkaEventSource;
import com.lawfirm.kit.bus.KafkaEventSources;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.readmodel.ShadowCopies;
import com.lawfirm.kit.scaling.TokenSegments;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds of read models without downtime. A projection fed from the service's own event store replays every event
 * from the first; one fed from Kafka re-reads its topics from their first offsets. Either way the replay goes into
 * shadow copies of its collections (emptied by its reset handler) while queries are answered from the current ones,
 * and the shadow takes over in the transaction of the event that catches it up (replayed by several segments, once
 * every segment has caught up: {@link SegmentedTakeOver}). Only projections are replayed: a
 * group without a reset handler acts on events (publishes, notifies, sends commands) and is never replayed.
 */
public class ProjectionRebuilds implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final String OTHER_INSTANCES = "other-instances-running";

    /**
     * A projection's progress: for the event store, events replayed so far out of the store's; for Kafka, the records
     * still to handle; with an estimate of the seconds left while a rebuild runs, and why the last rebuild on this
     * instance was given up, if it was.
     */
    public record Status(String name, String source, boolean running, boolean replaying, long position, long head,
                         long remaining, boolean caughtUp, boolean shadow, Long estimatedSecondsLeft,
                         String rebuildGivenUp) {
    }

    private record Started(long atMillis, long remaining) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final ShadowCopies shadows;
    private final ObjectProvider<KafkaEventSources> kafka;
    private final ReadModelStore store;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TokenSegments segments;
    private final Map<String, Started> started = new ConcurrentHashMap<>();
    private final SegmentedTakeOver takeOvers;
    private final RebuildMarks marks;

    public ProjectionRebuilds(EventProcessingConfiguration processing, EventStore events, ShadowCopies shadows,
                              ObjectProvider<KafkaEventSources> kafka, ReadModelStore store, JdbcTemplate jdbc,
                              TransactionTemplate transaction, TokenSegments segments) {
        this.processing = processing;
        this.events = events;
        this.shadows = shadows;
        this.kafka = kafka;
        this.store = store;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.segments = segments;
        this.marks = new RebuildMarks(jdbc);
        this.takeOvers = new SegmentedTakeOver(shadows, store, transaction, segments);
    }

    public List<Status> statuses() {
        List<Status> statuses = new ArrayList<>();
        processing.eventProcessors().values().stream().filter(ProjectionRebuilds::isProjection).forEach(processor ->
                (processor instanceof TrackingEventProcessor tracking ? Optional.of(status(tracking))
                        : kafkaSource(processor.getName()).map(this::status)).ifPresent(statuses::add));
        return statuses;
    }

    /** One at a time: a second request while a rebuild is under way answers its status instead of starting another. */
    public synchronized Status rebuild(String name) {
        EventProcessor processor = processing.eventProcessor(name).orElseThrow(() -> new NotFoundException("projection", name));
        if (!isProjection(processor)) {
            throw new RuleViolationException("not-a-projection", name + " acts on events (it publishes, notifies or sends "
                    + "commands) and is never replayed; only read models with a reset handler are rebuilt");
        }
        if (processor instanceof TrackingEventProcessor tracking) {
            return rebuild(tracking);
        }
        KafkaEventSource source = kafkaSource(name).orElseThrow(() -> new NotFoundException("projection", name));
        if (source.rebuilding() || shadows.rebuilding(name)) {
            return status(source);
        }
        ShadowCopies.Rebuild rebuild = shadows.begin(name, ShadowCopies.Source.KAFKA);
        rebuild.whenOver(() -> marks.done(name));
        try {
            // before the reset: a stop from here to the take-over leaves the mark, and the rebuild starts again
            marks.mark(name, 1);
            // the reset handlers empty the shadow copies, and name the collections the shadows will replace
            transaction.executeWithoutResult(status -> shadows.inShadowOf(name, () -> {
                ((AbstractEventProcessor) processor).eventHandlerInvoker().performReset();
                return null;
            }));
        } catch (RuntimeException e) {
            shadows.finished(name, rebuild);
            marks.done(name);
            throw e;
        }
        shadows.replaying(name);
        started.put(name, new Started(System.currentTimeMillis(), Math.max(1, source.lag())));
        source.rebuild(rebuild, shadows, store, jdbc);
        return status(source);
    }

    private Status rebuild(TrackingEventProcessor processor) {
        String name = processor.getName();
        if (shadows.rebuilding(name)) {
            return status(processor);
        }
        int elsewhere = segments.heldElsewhere(name);
        if (elsewhere > 0) {
            throw new RuleViolationException(OTHER_INSTANCES, "another instance of the service holds "
                    + elsewhere + " segment(s) of " + name + ": stop the others (a killed one's claim lapses after "
                    + "10 s) and rebuild on one");
        }
        int parts = Math.max(1, segments.of(name));
        if (parts > processor.maxCapacity()) {
            // the replay would wait for segments this instance cannot run, and the current copy with it
            throw new RuleViolationException("too-few-threads", name + " has " + parts + " segments and this instance"
                    + " runs at most " + processor.maxCapacity() + ": set lawfirm.scaling.segments to " + parts);
        }
        boolean shadowed = headPosition() >= 0;
        ShadowCopies.Rebuild rebuild = null;
        processor.shutDown();
        try {
            if (shadowed) {
                rebuild = shadows.begin(name, ShadowCopies.Source.EVENT_STORE, parts);
                rebuild.whenOver(() -> marks.done(name));
                // before the reset: a stop from here to the take-over leaves the mark, and the rebuild starts again
                marks.mark(name, parts);
                replayIntoShadow(processor, rebuild);
            } else {
                processor.resetTokens();
            }
            started.put(name, new Started(System.currentTimeMillis(), Math.max(1, headPosition() + 1)));
        } finally {
            // whatever happened to the reset, the projection goes on processing
            processor.start();
        }
        if (rebuild != null && rebuild.segments() > 1 && shadows.of(name).orElse(null) == rebuild) {
            takeOvers.awaitReplay(processor, rebuild);
        }
        return status(processor);
    }

    /** Resets the stopped processor's tokens, its reset handlers emptying the shadow copies they name. */
    private void replayIntoShadow(TrackingEventProcessor processor, ShadowCopies.Rebuild rebuild) {
        String name = processor.getName();
        try {
            rebuild.replayUntil(lastHandled(processor, headPosition()));
            shadows.inShadowOf(name, () -> {
                processor.resetTokens();
                return null;
            });
        } catch (RuntimeException e) {
            shadows.finished(name, rebuild);
            marks.done(name);
            throw e;
        }
        shadows.replaying(name);
        if (rebuild.lastToReplay() < 0) {
            // nothing to replay: the empty copy takes over now, while the processor is stopped
            transaction.executeWithoutResult(status -> rebuild.takeOver(store));
            shadows.finished(name, rebuild);
        }
    }

    /**
     * Starts again, from the first event, each rebuild that a stop or a crash interrupted (its mark is still there);
     * the reset empties the shadow copy it left. Of several instances starting together, the one that takes the mark
     * does it (the rebuild marks itself again before its reset). One from the event store whose segments another live
     * instance holds may be under way there, or that instance's claims have yet to lapse; one whose reset failed is
     * marked again: both are returned, to be looked at again later. One from Kafka starts again from the topics' first
     * offsets once this instance holds every partition; until then (the group still forming, or other instances holding
     * some) it is returned as well.
     */
    public synchronized List<String> resumeInterrupted() {
        List<String> later = new ArrayList<>();
        for (String name : marks.underWay()) {
            EventProcessor processor = processing.eventProcessor(name).filter(ProjectionRebuilds::isProjection).orElse(null);
            boolean fromStore = processor instanceof TrackingEventProcessor;
            if (processor == null || !fromStore && kafkaSource(name).isEmpty()) {
                marks.done(name); // no longer a projection of this service
            } else if (fromStore ? segments.heldElsewhere(name) > 0
                    : !kafkaSource(name).orElseThrow().holdsEveryPartition()) {
                // another instance runs part of it (or the group is still forming): it waits for one running it alone
                later.add(name);
            } else if (!shadows.rebuilding(name) && marks.take(name)) {
                log.warn("{}: its rebuild was interrupted by a stop; it starts again from the {}", name,
                        fromStore ? "first event" : "topics' first offsets");
                try {
                    rebuild(name);
                } catch (RuntimeException failed) {
                    if (failed instanceof RuleViolationException refused && !refused.rule().equals(OTHER_INSTANCES)) {
                        log.warn("{}: the interrupted rebuild cannot start again here ({}); the current copy stays as"
                                + " it is", name, refused.getMessage());
                    } else {
                        // the reset failed, or another instance claimed a segment since the look above: marked again
                        marks.mark(name, Math.max(1, segments.of(name)));
                        later.add(name);
                        log.warn("{}: the interrupted rebuild could not start again yet: {}", name, failed.toString());
                    }
                }
            }
        }
        return later;
    }

    private Status status(TrackingEventProcessor processor) {
        long position = processor.processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min().orElse(-1);
        boolean replaying = processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying);
        long head = headPosition();
        boolean shadow = shadows.rebuilding(processor.getName());
        long remaining = Math.max(0, head - position);
        // Axon keeps the replay flag until an event newer than the reset point arrives: caught up is about position
        return new Status(processor.getName(), "event-store", processor.isRunning(), replaying, position, head, remaining,
                position >= head && !shadow, shadow, estimate(processor.getName(), remaining, shadow || replaying),
                shadows.givenUp(processor.getName()).orElse(null));
    }

    private Status status(KafkaEventSource source) {
        boolean shadow = shadows.rebuilding(source.name());
        long remaining = source.lag();
        return new Status(source.name(), "kafka", true, source.rebuilding(), -1, -1, remaining,
                remaining == 0 && !shadow, shadow, estimate(source.name(), remaining, shadow),
                shadows.givenUp(source.name()).orElse(null));
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

    private Optional<KafkaEventSource> kafkaSource(String name) {
        KafkaEventSources sources = kafka.getIfAvailable();
        return sources == null ? Optional.empty() : sources.all().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The position of the last stored event up to {@code head} that the processor's handlers take, or -1. */
    private long lastHandled(TrackingEventProcessor processor, long head) {
        var invoker = processor.eventHandlerInvoker();
        long last = -1;
        for (Map<String, Object> row : jdbc.queryForList("SELECT payload_type, max(global_index) AS last"
                + " FROM domain_event_entry WHERE global_index <= ? GROUP BY payload_type", head)) {
            try {
                Class<?> type = Class.forName((String) row.get("payload_type"), false, getClass().getClassLoader());
                if (invoker.canHandleType(type)) {
                    last = Math.max(last, ((Number) row.get("last")).longValue());
                }
            } catch (ClassNotFoundException e) {
                // a type this service no longer has: none of its handlers take it
            }
        }
        return last;
    }

    private long headPosition() {
        TrackingToken head = events.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    @Override
    public void close() throws InterruptedException {
        takeOvers.close();
    }

    /** A read model's processor: one of its handlers empties its collections when it is reset. */
    static boolean isProjection(EventProcessor processor) {
        return processor instanceof AbstractEventProcessor abstractProcessor
                && ResetHandlers.declared(abstractProcessor.eventHandlerInvoker());
    }
}
