package com.lawfirm.kit.readmodel;

import com.lawfirm.kit.bus.KafkaEventSource;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.scaling.TokenSegments;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Takes up, from the first event, each rebuild marked under way that no live instance runs: one a stop or a crash
 * interrupted, or one waiting here for the segments other instances hold; the reset empties the shadow copy it left.
 * One from the event store is claimed for this instance, and starts once no other live instance holds a segment of it
 * (they release them at their next beat). One from Kafka starts again from the topics' first offsets once this
 * instance holds every partition; until then (the group still forming, or other instances holding some) it waits.
 */
final class RebuildTakeUp {

    private static final Logger log = LoggerFactory.getLogger(RebuildTakeUp.class);

    private final EventProcessingConfiguration processing;
    private final Function<String, Optional<KafkaEventSource>> kafkaSources;
    private final ShadowCopies shadows;
    private final TokenSegments segments;
    private final RebuildMarks marks;
    private final AwaitedHandOvers awaiting;
    private final Function<String, ProjectionRebuilds.Status> rebuild;
    private volatile boolean closing;

    RebuildTakeUp(EventProcessingConfiguration processing, Function<String, Optional<KafkaEventSource>> kafkaSources,
                  ShadowCopies shadows, TokenSegments segments, RebuildMarks marks, AwaitedHandOvers awaiting,
                  Function<String, ProjectionRebuilds.Status> rebuild) {
        this.processing = processing;
        this.kafkaSources = kafkaSources;
        this.shadows = shadows;
        this.segments = segments;
        this.marks = marks;
        this.awaiting = awaiting;
        this.rebuild = rebuild;
    }

    /**
     * Returns those that wait, to be looked at again soon: also one another live instance runs or waits for, whose
     * instance may be gone in a moment (a stopped one's claims lapse).
     */
    List<String> lookAndStart() {
        List<String> later = new ArrayList<>();
        for (String name : marks.underWay()) {
            if (closing || shadows.isStopping()) {
                break; // the marks stay for the next start
            }
            EventProcessor processor = processing.eventProcessor(name).filter(ProjectionRebuilds::isProjection)
                    .orElse(null);
            boolean fromStore = processor instanceof TrackingEventProcessor;
            if (processor == null || !fromStore && kafkaSources.apply(name).isEmpty()) {
                marks.done(name); // no longer a projection of this service (unless another instance runs it)
            } else if (shadows.rebuilding(name)) {
                continue; // under way here
            } else if (marks.claim(name, Math.max(1, segments.of(name))) == RebuildMarks.ELSEWHERE) {
                later.add(name); // another live instance runs it, or waits for the segments to run it
            } else if (fromStore ? segments.heldElsewhere(name) > 0
                    : !kafkaSources.apply(name).orElseThrow().holdsEveryPartition()) {
                // the others release the segments at their next beat; Kafka partitions wait for one instance alone
                if (fromStore) {
                    awaiting.await(name);
                }
                later.add(name);
            } else {
                start(name, fromStore, later);
            }
        }
        awaiting.keepOnly(marks.ownUnderWay());
        return later;
    }

    /** The service stops: no rebuild is taken up from now on. */
    void stop() {
        closing = true;
    }

    private void start(String name, boolean fromStore, List<String> later) {
        if (awaiting.awaits(name)) {
            log.info("{}: the other instances released its segments; its rebuild starts from the first event", name);
        } else {
            log.warn("{}: its rebuild was interrupted by a stop; it starts again from the {}", name,
                    fromStore ? "first event" : "topics' first offsets");
        }
        try {
            if (rebuild.apply(name).awaitingHandOver()) {
                later.add(name); // another instance claimed a segment since the look above
            }
        } catch (RuntimeException failed) {
            if (failed instanceof RuleViolationException refused && refused.rule().equals(ProjectionRebuilds.ELSEWHERE)) {
                later.add(name); // taken by another instance since the look above
            } else if (failed instanceof RuleViolationException refused) {
                marks.done(name);
                awaiting.over(name);
                log.warn("{}: the rebuild cannot start here ({}); the current copy stays as it is", name,
                        refused.getMessage());
            } else {
                // the reset failed: marked again, unless another instance took it meanwhile
                if (marks.claim(name, Math.max(1, segments.of(name))) != RebuildMarks.ELSEWHERE) {
                    later.add(name);
                }
                log.warn("{}: the interrupted rebuild could not start again yet: {}", name, failed.toString());
            }
        }
    }
}
