package com.lawfirm.kit.rebuild;

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

/**
 * Once the service is up, starts again the rebuilds a stop or a crash interrupted ({@link
 * ProjectionRebuilds#resumeInterrupted()}). Where another instance still holds segments or partitions of the
 * projection (a killed instance's claims lapse after a few seconds, a consumer group forms after a start), it looks
 * again every {@code lookEvery} until {@code lookFor} has passed, says so, and from then on every {@code lookLater}
 * (one query on a small table), until the rebuild is taken up here or by another instance: instances running side by
 * side for good leave it waiting until one runs alone.
 */
class InterruptedRebuilds implements ApplicationListener<ApplicationReadyEvent>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRebuilds.class);

    private final ProjectionRebuilds rebuilds;
    private final Duration lookEvery;
    private final Duration lookLater;
    private final long looks;
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
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        look(1, 0);
    }

    private void look(long look, long delayMillis) {
        try {
            scheduler.schedule(() -> {
                boolean again;
                try {
                    List<String> later = rebuilds.resumeInterrupted();
                    again = !later.isEmpty();
                    if (again && look == looks) {
                        log.warn("{}: interrupted rebuilds still wait (other instances hold their segments or"
                                + " partitions, or the reset failed); looked at again every {} s, they start once one"
                                + " instance runs them alone",
                                later, lookLater.toSeconds());
                    }
                } catch (RuntimeException e) {
                    again = true; // the database away a moment: the marks are still there
                    log.warn("interrupted rebuilds could not be looked at: {}", e.toString());
                }
                if (again) {
                    look(look + 1, (look < looks ? lookEvery : lookLater).toMillis());
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the service stops: the marks stay, and the next start looks again
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
