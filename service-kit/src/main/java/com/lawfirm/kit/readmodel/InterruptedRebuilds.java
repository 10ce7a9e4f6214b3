package com.lawfirm.kit.readmodel;

import com.lawfirm.kit.scaling.RebuildLookout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts the rebuilds marked under way that no live instance runs ({@link ProjectionRebuilds#resumeInterrupted()}):
 * those a stop or a crash interrupted, once the service is up, and one asked for here while other instances held
 * segments of its projection, once they have handed them over. While some wait here (the others' next beat, a killed
 * instance's claims to lapse, a consumer group to form), it looks every {@code lookEvery} until {@code lookFor} has
 * passed, and says so if they still wait. It also looks every {@code lookLater} for as long as the service runs (a
 * query on a small table), so that an instance running beside others for good takes up a rebuild whose instance died.
 * It stops looking as soon as the service begins to stop, before the processors and the segment balancer do.
 */
class InterruptedRebuilds implements ApplicationListener<ApplicationReadyEvent>, SmartLifecycle, RebuildLookout,
        AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRebuilds.class);

    private final ProjectionRebuilds rebuilds;
    private final Duration lookEvery;
    private final Duration lookLater;
    private final long looks;
    /** A round of looks every {@code lookEvery} is under way: another is not started beside it. */
    private final AtomicBoolean looking = new AtomicBoolean();
    /** Asked to look since the round's last look: the round starts over. */
    private final AtomicBoolean askedAgain = new AtomicBoolean();
    private final AtomicBoolean up = new AtomicBoolean();
    private volatile boolean running;
    private volatile boolean stopped;
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, work -> {
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
        // at a stop, the looks still to come are dropped; the one under way ends first
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        if (!up.compareAndSet(false, true)) {
            return;
        }
        lookSoon(0);
        try {
            scheduler.scheduleWithFixedDelay(() -> {
                if (!looking.get() && lookOnce() != null && rebuilds.awaitingHandOver()) {
                    lookSoon(lookEvery.toMillis()); // taken up here, it waits for the others' segments
                }
            }, lookLater.toMillis(), lookLater.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the service stops before it was ever up
        }
    }

    /** A rebuild's instance is gone (the segment balancer saw it): it is taken up at the next look, in a moment. */
    @Override
    public void lookSoon() {
        if (up.get() && !stopped) {
            lookSoon(lookEvery.toMillis());
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
                boolean again = false;
                try {
                    askedAgain.set(false);
                    List<String> later = lookOnce();
                    boolean waiting = later == null || !later.isEmpty(); // not looked at: the marks are still there
                    boolean asked = askedAgain.getAndSet(false);
                    if (asked || waiting && look < looks) {
                        again = true;
                        look(asked ? 1 : look + 1, lookEvery.toMillis());
                    } else if (later != null && !later.isEmpty()) {
                        log.warn("{}: rebuilds still wait (another instance runs them or holds their segments or"
                                + " partitions, or the reset failed); looked at again every {} s", later,
                                lookLater.toSeconds());
                    }
                } finally {
                    if (!again) {
                        looking.set(false);
                        if (askedAgain.get() && !stopped) {
                            lookSoon(lookEvery.toMillis()); // asked as this round ended
                        }
                    }
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the service stops: the marks stay, and the next start looks again
            looking.set(false);
        }
    }

    /** The rebuilds that wait here; null when they could not be looked at (the database away a moment). */
    private List<String> lookOnce() {
        if (stopped) {
            return List.of();
        }
        try {
            return rebuilds.resumeInterrupted();
        } catch (RuntimeException e) {
            log.warn("interrupted rebuilds could not be looked at: {}", e.toString());
            return null;
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** The service begins to stop: no look from now on (a look under way ends first), so no rebuild starts. */
    @Override
    public void stop() {
        running = false;
        stopped = true;
        rebuilds.stopTakingUp();
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first of all: before the segment balancer and the processors, which stop later. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void close() {
        stopped = true;
        scheduler.shutdownNow();
    }
}
