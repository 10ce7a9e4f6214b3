package com.lawfirm.kit.scaling;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Shares the segments of every processing group fairly between the live instances of the service. Axon's tracking
 * processors claim whatever segment is free, so the first instance up holds them all; at every heartbeat each
 * instance counts the live ones and releases the segments it holds beyond its share, for long enough that another
 * instance claims them. An instance that dies stops beating and its claims time out: the others, each able to run
 * every segment, take its share over from the last position it committed.
 */
class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    /** Longer than the 5 s between a tracking processor's looks for free segments, so another instance finds it. */
    private static final Duration LEAST_RELEASE = Duration.ofSeconds(12);

    private final EventProcessingConfiguration processing;
    private final ProcessorNodes nodes;
    private final TokenSegments tokens;
    private final Duration heartbeat;
    private final int threads;
    private final Predicate<String> rebuilding;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService timer;
    /** One segment set and one in the table for every group: nothing to share, so no beat and no query either. */
    private volatile boolean unsegmented;

    SegmentBalancer(EventProcessingConfiguration processing, ProcessorNodes nodes, TokenSegments tokens,
                    ScalingProperties scaling, Predicate<String> rebuilding) {
        this.processing = processing;
        this.rebuilding = rebuilding;
        this.nodes = nodes;
        this.tokens = tokens;
        this.heartbeat = scaling.heartbeat();
        this.threads = scaling.segments();
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::balance, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    void balance() {
        if (unsegmented) {
            return;
        }
        try {
            List<TrackingEventProcessor> processors = trackingProcessors();
            // what each holds is read before the segments are counted: a processor makes its segments' tokens before
            // it claims one, so a count read after can never miss a segment held
            Map<TrackingEventProcessor, List<Integer>> holdings = new LinkedHashMap<>();
            processors.forEach(p -> holdings.put(p, p.processingStatus().keySet().stream().sorted().toList()));
            Map<String, Integer> segmentsOf = tokens.byProcessingGroup();
            if (threads == 1 && !processors.isEmpty()
                    && processors.stream().allMatch(p -> segmentsOf.getOrDefault(p.getName(), 0) == 1)) {
                unsegmented = true;
                return;
            }
            int live = nodes.beat(heartbeat.multipliedBy(3));
            for (TrackingEventProcessor processor : processors) {
                List<Integer> held = holdings.get(processor);
                int segments = segmentsOf.getOrDefault(processor.getName(), 0);
                if (segments < held.size()) {
                    // the group's tokens not yet made when counted: a share of nothing would release all it holds
                    continue;
                }
                if (rebuilding.test(processor.getName())) {
                    // a rebuild's take-over waits for every segment here: another instance would keep one for good
                    continue;
                }
                if (segments > threads && warned.add(processor.getName())) {
                    log.error("{} has {} segments but lawfirm.scaling.segments is {}: this instance runs at most {} of"
                            + " them, and alone it leaves the rest unhandled; set it to {}", processor.getName(), segments,
                            threads, threads, segments);
                }
                int share = (int) Math.ceil(segments / (double) live);
                for (Integer segment : held.subList(Math.min(held.size(), share), held.size())) {
                    log.info("{}: releasing segment {} of {} to another instance ({} live, a share is {})",
                            processor.getName(), segment, nodes.self(), live, share);
                    processor.releaseSegment(segment, release().toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (RuntimeException e) {
            // a database away for a moment: the next beat tries again, and the processors go on meanwhile
            log.warn("segment balancing skipped this beat: {}", e.getMessage());
        }
    }

    private Duration release() {
        Duration threeBeats = heartbeat.multipliedBy(3);
        return threeBeats.compareTo(LEAST_RELEASE) > 0 ? threeBeats : LEAST_RELEASE;
    }

    private List<TrackingEventProcessor> trackingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance).map(TrackingEventProcessor.class::cast)
                .filter(TrackingEventProcessor::isRunning).toList();
    }

    @Override
    public void stop() {
        timer.shutdownNow();
        try {
            // a beat under way must not record this instance again after it left
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            nodes.leave();
        } catch (RuntimeException e) {
            log.warn("could not record that {} leaves: the others count it gone after three beats", nodes.self());
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null && !timer.isShutdown();
    }

    /** After the processors start, before they stop: a leaving instance is known gone while they release their claims. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1024;
    }
}
