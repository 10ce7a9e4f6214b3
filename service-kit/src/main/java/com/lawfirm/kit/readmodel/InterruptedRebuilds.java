package com.lawfirm.kit.readmodel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts the rebuilds marked under way that no live instance runs ({@link ProjectionRebuilds#resumeInterrupted()}):
 * those a stop or a crash interrupted, once the service is up, and one asked for here while other instances held
 * segments of its projection, once they have handed them over. While some wait (the others' next beat, a killed
 * instance's claims to lapse, a consumer group to form), it looks every {@code lookEvery} until {@code lookFor} has
 * passed, and says so if they still wait. It also looks every {@code lookLater} for as long as the service runs (one
 * query on a small table), so that an instance running beside others for good takes up a rebuild whose instance died.
 */
class InterruptedRebuilds implements ApplicationListener<ApplicationReadyEvent>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRebuilds.class);

    private final ProjectionRebuilds rebuilds;
    private final Duration lookEvery;
    private final Duration lookLater;
    private final long looks;
    /** A round of looks every {@code lookEvery} is under way: another is not started beside it. */
    private final AtomicBoolean looking = new AtomicBoolean();
    /** Asked to look since the round's last look began: the round goes on. */
    private final AtomicBoolean askedAgain = new AtomicBoolean();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "interrupted-rebuilds");
        thread.setDaemon(true);
        return thread;
    });

    InterruptedRebuilds(ProjectionRebuilds rebuilds, Duration lookEvery, Duration lookFor, Duration lookLater) {
        this.rebuilds = rebuilds;
        this.lookEvery = lookEvery;
        this.lookLater = lookLater;
        this.looks = Math.max(1, lookFor.toMillis() / Math.max(1, lookEvery.toMillis()));
        rebuilds.whenHandOverAwaited(() -> lookSoon(lookEvery.toMillis()));
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        lookSoon(0);
        try {
            scheduler.scheduleWithFixedDelay(() -> {
                if (!looking.get()) {
                    lookOnce();
                }
            }, lookLater.toMillis(), lookLater.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the service stops before it was ever up
        }
    }

    private void lookSoon(long delayMillis) {
        askedAgain.set(true);
        if (looking.compareAndSet(false, true)) {
            look(1, delayMillis);
        }
    }

    private void look(long look, long delayMillis) {
        try {
            scheduler.schedule(() -> {
                askedAgain.set(false);
                List<String> later = lookOnce();
                boolean waiting = later == null || !later.isEmpty();
                if (waiting && look < looks) {
                    look(look + 1, lookEvery.toMillis());
                    return;
                }
                looking.set(false);
                if (askedAgain.get()) {
                    lookSoon(lookEvery.toMillis()); // a rebuild asked for while this round ended
                } else if (waiting && later != null) {
                    log.warn("{}: rebuilds still wait (another instance runs them or holds their segments or"
                            + " partitions, or the reset failed); looked at again every {} s", later,
                            lookLater.toSeconds());
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the service stops: the marks stay, and the next start looks again
            looking.set(false);
        }
    }

    /** The rebuilds that still wait, or null when they could not be looked at (the database away a moment). */
    private List<String> lookOnce() {
        try {
            return rebuilds.resumeInterrupted();
        } catch (RuntimeException e) {
            log.warn("interrupted rebuilds could not be looked at: {}", e.toString());
            return null;
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
