package com.lawfirm.kit.readmodel;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * The take-over of a projection replayed by several segments. Each segment replays its own aggregates and finishes on
 * its own, then handles the events that come after into both copies; no one event is the last of the replay. So the
 * shadow takes over once every segment has passed the last event to replay: it waits for the batches under way to
 * commit, holds the next ones back for the moment of the swap, and they go on into the new copy.
 */
final class SegmentedTakeOver implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SegmentedTakeOver.class);
    private static final long LOOK_EVERY_MILLIS = 200;

    private final ShadowCopies shadows;
    private final ReadModelStore store;
    private final TransactionTemplate transaction;
    private final ScheduledExecutorService looks = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "projection-take-over");
        thread.setDaemon(true);
        return thread;
    });

    SegmentedTakeOver(ShadowCopies shadows, ReadModelStore store, TransactionTemplate transaction) {
        this.shadows = shadows;
        this.store = store;
        this.transaction = transaction;
    }

    /** Swaps the shadow in once every segment of the processor has replayed its share. */
    void awaitReplay(TrackingEventProcessor processor, ShadowCopies.Rebuild rebuild) {
        try {
            looks.schedule(() -> look(processor, rebuild), LOOK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the service stops: the rebuild is forgotten, and the current copy, kept up to date, goes on
        }
    }

    private void look(TrackingEventProcessor processor, ShadowCopies.Rebuild rebuild) {
        if (shadows.of(processor.getName()).filter(current -> current == rebuild).isEmpty()) {
            return;
        }
        try {
            if (everySegmentPassed(processor.processingStatus(), rebuild)) {
                takeOver(processor, rebuild);
                return;
            }
        } catch (RuntimeException e) {
            // the shadow keeps every event meanwhile: the swap is tried again at the next look
            log.warn("{}: the rebuilt copy could not take over yet: {}", processor.getName(), e.toString());
        }
        awaitReplay(processor, rebuild);
    }

    /** Every segment claimed here and past the last event to replay; the status moves only once a batch committed. */
    static boolean everySegmentPassed(Map<Integer, EventTrackerStatus> segments, ShadowCopies.Rebuild rebuild) {
        return segments.size() == rebuild.segments && segments.values().stream().allMatch(segment ->
                !segment.isErrorState() && segment.getCurrentPosition().orElse(-1) >= rebuild.lastToReplay);
    }

    private void takeOver(TrackingEventProcessor processor, ShadowCopies.Rebuild rebuild) {
        Lock handling = rebuild.handling.writeLock();
        handling.lock();
        try {
            transaction.executeWithoutResult(status -> rebuild.takeOver(store));
            shadows.finished(processor.getName(), rebuild);
        } finally {
            handling.unlock();
        }
        log.info("{}: rebuilt by {} segments; the new copy took over", processor.getName(), rebuild.segments);
    }

    @Override
    public void close() throws InterruptedException {
        looks.shutdown();
        // a swap under way commits or rolls back; a rebuild not taken over is forgotten, the current copy goes on
        looks.awaitTermination(10, TimeUnit.SECONDS);
    }
}
