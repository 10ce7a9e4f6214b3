package com.lawfirm.kit.rebuild;

import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.readmodel.ShadowCopies;
import com.lawfirm.kit.scaling.TokenSegments;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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
 * commit, holds the next ones back for the moment of the swap, and they go on into the new copy. Should anything go
 * wrong on the way (the swap fails, another instance takes a segment), the rebuild is given up: the current copy, kept
 * up to date, stays.
 */
final class SegmentedTakeOver implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SegmentedTakeOver.class);
    private static final long LOOK_EVERY_MILLIS = 200;

    private final ShadowCopies shadows;
    private final ReadModelStore store;
    private final TransactionTemplate transaction;
    private final TokenSegments segments;
    private final ScheduledExecutorService looks = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "projection-take-over");
        thread.setDaemon(true);
        return thread;
    });

    SegmentedTakeOver(ShadowCopies shadows, ReadModelStore store, TransactionTemplate transaction,
                      TokenSegments segments) {
        this.shadows = shadows;
        this.store = store;
        this.transaction = transaction;
        this.segments = segments;
    }

    /** Swaps the shadow in once every segment of the processor has replayed its share. */
    void awaitReplay(TrackingEventProcessor processor, ShadowCopies.Rebuild rebuild) {
        try {
            looks.schedule(() -> look(processor, rebuild), LOOK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the service stops: the current copy, kept up to date, goes on, and the mark starts the rebuild again
        }
    }

    void look(TrackingEventProcessor processor, ShadowCopies.Rebuild rebuild) {
        String name = processor.getName();
        if (!underWay(name, rebuild) || shadows.isStopping()) {
            // a stop leaves the mark: the rebuild starts again with the service
            return;
        }
        try {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (everySegmentPassed(status, rebuild)) {
                // given up only now, the replay over: before, the segments would replay the rest into the current copy
                if (rebuild.passedOver() != null) {
                    giveUp(name, rebuild, ShadowReplayErrors.why(rebuild.passedOver()));
                } else {
                    takeOver(name, rebuild);
                }
            } else if (status.size() < rebuild.segments() && segments.heldElsewhere(name) > 0) {
                giveUp(name, rebuild, "another instance holds a segment of it, and handles it into the current copy");
            }
        } catch (NotTakenOver e) {
            giveUp(name, rebuild, e.getMessage());
        } catch (RuntimeException e) {
            giveUp(name, rebuild, e.toString());
        } catch (Error e) {
            giveUp(name, rebuild, e.toString());
            throw e;
        }
        if (underWay(name, rebuild)) {
            awaitReplay(processor, rebuild);
        }
    }

    private boolean underWay(String name, ShadowCopies.Rebuild rebuild) {
        return shadows.of(name).orElse(null) == rebuild;
    }

    /**
     * The current copy was kept up to date all along: giving the shadow up loses nothing but the repair. The batches
     * under way into the shadow finish first, so none writes into it once it is emptied.
     */
    private void giveUp(String name, ShadowCopies.Rebuild rebuild, String why) {
        if (shadows.isStopping()) {
            return;
        }
        shadows.gaveUp(name, why);
        shadows.finished(name, rebuild);
        // a barrier: the batches already under way into the shadow finish before it is emptied; the next see it gone
        Lock handling = rebuild.handling().writeLock();
        handling.lock();
        handling.unlock();
        try {
            // the shadow emptied and the mark removed together
            transaction.executeWithoutResult(status -> rebuild.giveUp(store));
        } catch (RuntimeException e) {
            log.warn("{}: the shadow copy of a rebuild given up stays until the next rebuild: {}", name, e.toString());
        }
        log.warn("{}: rebuild given up, the current copy stays as it is (rebuild it again): {}", name, why);
    }

    /** Every segment claimed here and past the last event to replay; the status moves only once a batch committed. */
    static boolean everySegmentPassed(Map<Integer, EventTrackerStatus> segments, ShadowCopies.Rebuild rebuild) {
        return segments.size() == rebuild.segments() && segments.values().stream().allMatch(segment ->
                !segment.isErrorState() && segment.getCurrentPosition().orElse(-1) >= rebuild.lastToReplay());
    }

    private void takeOver(String name, ShadowCopies.Rebuild rebuild) {
        transaction.executeWithoutResult(status -> {
            // the connection first, then the lock: the batches it waits for hold connections of the same pool
            Lock handling = rebuild.handling().writeLock();
            handling.lock();
            try {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int outcome) {
                        if (outcome == STATUS_COMMITTED) {
                            shadows.finished(name, rebuild);
                        }
                        handling.unlock();
                    }
                });
            } catch (RuntimeException e) {
                handling.unlock();
                throw e;
            }
            // the batches that held the lock have committed: what they passed over is known now
            if (rebuild.passedOver() != null) {
                throw new NotTakenOver(ShadowReplayErrors.why(rebuild.passedOver()));
            }
            if (shadows.isStopping()) {
                throw new NotTakenOver("the service stops");
            }
            rebuild.takeOver(store);
        });
        log.info("{}: rebuilt by {} segments; the new copy took over", name, rebuild.segments());
    }

    /** Learnt once the batches the swap waited for had committed: the swap's transaction rolls back. */
    private static final class NotTakenOver extends RuntimeException {
        NotTakenOver(String why) {
            super(why);
        }
    }

    @Override
    public void close() throws InterruptedException {
        looks.shutdown();
        // a swap under way commits or rolls back; a rebuild not taken over keeps its mark, the current copy goes on
        looks.awaitTermination(10, TimeUnit.SECONDS);
    }
}
