package com.lawfirm.kit.readmodel;

import com.lawfirm.kit.bus.KafkaEventSource;
import com.lawfirm.kit.bus.KafkaEventSources;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.scaling.NodeId;
import com.lawfirm.kit.scaling.TokenSegments;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    static final String ELSEWHERE = "rebuilding-elsewhere";

    /**
     * A projection's progress: for the event store, events replayed so far out of the store's; for Kafka, the records
     * still to handle; with an estimate of the seconds left while a rebuild runs, why the last rebuild on this
     * instance was given up, if it was, and whether a rebuild asked for here waits for other instances to hand the
     * projection's segments over.
     */
    public record Status(String name, String source, boolean running, boolean replaying, long position, long head,
                         long remaining, boolean caughtUp, boolean shadow, Long estimatedSecondsLeft,
                         String rebuildGivenUp, boolean awaitingHandOver) {
    }

    private final EventProcessingConfiguration processing;
    private final StoreHead head;
    private final ShadowCopies shadows;
    private final ObjectProvider<KafkaEventSources> kafka;
    private final ReadModelStore store;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TokenSegments segments;
    private final SegmentedTakeOver takeOvers;
    private final RebuildMarks marks;
    private final AwaitedHandOvers awaiting = new AwaitedHandOvers();
    private final RebuildProgress progress;
    private volatile Runnable lookSoon = () -> { };
    private final RebuildTakeUp takeUp;

    public ProjectionRebuilds(EventProcessingConfiguration processing, EventStore events, ShadowCopies shadows,
                              ObjectProvider<KafkaEventSources> kafka, ReadModelStore store, JdbcTemplate jdbc,
                              TransactionTemplate transaction, TokenSegments segments, NodeId node) {
        this.processing = processing;
        this.head = new StoreHead(events, jdbc);
        this.progress = new RebuildProgress(shadows, head, awaiting::awaits);
        this.shadows = shadows;
        this.kafka = kafka;
        this.store = store;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.segments = segments;
        this.marks = new RebuildMarks(jdbc, transaction, node.value());
        this.takeOvers = new SegmentedTakeOver(shadows, store, transaction, segments);
        this.takeUp = new RebuildTakeUp(processing, this::kafkaSource, shadows, segments, marks, awaiting,
                this::rebuildHere);
    }

    /** {@code look} looks again soon at the rebuilds marked: one asked for here waits for other instances. */
    void whenHandOverAwaited(Runnable look) {
        this.lookSoon = look;
    }

    /** The service stops: no rebuild is taken up from now on. */
    void stopTakingUp() {
        takeUp.stop();
    }

    /** A rebuild asked for or taken up here waits for other instances to hand its segments over. */
    boolean awaitingHandOver() {
        return awaiting.any();
    }

    public List<Status> statuses() {
        List<Status> statuses = new ArrayList<>();
        processing.eventProcessors().values().stream().filter(ProjectionRebuilds::isProjection).forEach(processor ->
                (processor instanceof TrackingEventProcessor tracking ? Optional.of(progress.of(tracking))
                        : kafkaSource(processor.getName()).map(progress::of)).ifPresent(statuses::add));
        return statuses;
    }

    /** One at a time: a second request while a rebuild is under way answers its status instead of starting another. */
    public synchronized Status rebuild(String name) {
        Status status = rebuildHere(name);
        if (status.awaitingHandOver()) {
            lookSoon.run();
        }
        return status;
    }

    private Status rebuildHere(String name) {
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
            return progress.of(source);
        }
        // before the reset: a stop from here to the take-over leaves the mark, and the rebuild starts again
        long epoch = marks.claim(name, 1);
        if (epoch == RebuildMarks.ELSEWHERE) {
            throw elsewhere(name);
        }
        ShadowCopies.Rebuild rebuild = shadows.begin(name, ShadowCopies.Source.KAFKA);
        fence(rebuild, name, epoch);
        try {
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
        progress.started(name, source.lag());
        source.rebuild(rebuild, shadows, store, jdbc);
        return progress.of(source);
    }

    /**
     * Where other instances hold segments of the projection, the rebuild is marked as this instance's and waits: the
     * others hand their segments over at their next beat and claim none while this instance lives and the mark stands
     * ({@code SegmentBalancer}); it starts here once this instance holds them all ({@link #resumeInterrupted()}).
     */
    private Status rebuild(TrackingEventProcessor processor) {
        String name = processor.getName();
        if (shadows.rebuilding(name)) {
            return progress.of(processor);
        }
        int parts = Math.max(1, segments.of(name));
        if (parts > processor.maxCapacity()) {
            // the replay would wait for segments this instance cannot run, and the current copy with it
            throw new RuleViolationException("too-few-threads", name + " has " + parts + " segments and this instance"
                    + " runs at most " + processor.maxCapacity() + ": set lawfirm.scaling.segments to " + parts);
        }
        boolean shadowed = head.position() >= 0;
        boolean shared = segments.heldElsewhere(name) > 0;
        long epoch = shadowed || shared ? marks.claim(name, parts) : 0;
        if (epoch == RebuildMarks.ELSEWHERE) {
            throw elsewhere(name);
        }
        if (shared) {
            awaiting.await(name);
            return progress.of(processor);
        }
        awaiting.over(name);
        ShadowCopies.Rebuild rebuild = null;
        processor.shutDown();
        try {
            if (shadowed) {
                rebuild = shadows.begin(name, ShadowCopies.Source.EVENT_STORE, parts);
                fence(rebuild, name, epoch);
                // marked (claimed above) before the reset: a stop from here to the take-over leaves the mark, and the
                // rebuild starts again
                replayIntoShadow(processor, rebuild);
            } else {
                processor.resetTokens();
                marks.done(name); // claimed while it waited for the segments: nothing to replay
            }
            progress.started(name, head.position() + 1);
        } finally {
            // whatever happened to the reset, the projection goes on processing
            processor.start();
        }
        if (rebuild != null && rebuild.segments > 1 && shadows.of(name).orElse(null) == rebuild) {
            takeOvers.awaitReplay(processor, rebuild);
        }
        return progress.of(processor);
    }

    /** Resets the stopped processor's tokens, its reset handlers emptying the shadow copies they name. */
    private void replayIntoShadow(TrackingEventProcessor processor, ShadowCopies.Rebuild rebuild) {
        String name = processor.getName();
        try {
            rebuild.lastToReplay = head.lastHandled(processor, head.position());
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
        if (rebuild.lastToReplay < 0) {
            // nothing to replay: the empty copy takes over now, while the processor is stopped
            transaction.executeWithoutResult(status -> rebuild.takeOver(store));
            shadows.finished(name, rebuild);
        }
    }

    /**
     * Starts each rebuild marked under way that no live instance runs, as it may ({@link RebuildTakeUp}); returns those
     * that wait, to be looked at again soon.
     */
    public synchronized List<String> resumeInterrupted() {
        return takeUp.lookAndStart();
    }

    /** The rebuild touches the copies, and its end removes the mark, only while the mark holds its epoch. */
    private void fence(ShadowCopies.Rebuild rebuild, String name, long epoch) {
        rebuild.fencedBy(() -> marks.holds(name, epoch));
        rebuild.whenOver(() -> marks.done(name, epoch));
    }

    private static RuleViolationException elsewhere(String name) {
        return new RuleViolationException(ELSEWHERE, "another instance of the service runs the rebuild of " + name
                + " or waits for its segments to run it; its status there tells how far it is");
    }

    private Optional<KafkaEventSource> kafkaSource(String name) {
        KafkaEventSources sources = kafka.getIfAvailable();
        return sources == null ? Optional.empty() : sources.all().stream().filter(s -> s.name().equals(name)).findFirst();
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
