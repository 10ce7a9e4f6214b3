package com.lawfirm.kit.readmodel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Rebuilds marked under way are looked at often at first once the service is up, or once one asked for here waits for
 * other instances' segments; then now and then for as long as the service runs.
 */
class InterruptedRebuildsTest {

    private final ProjectionRebuilds rebuilds = mock(ProjectionRebuilds.class);
    private final AtomicInteger looks = new AtomicInteger();
    private InterruptedRebuilds interrupted;

    @AfterEach
    void close() {
        interrupted.close();
    }

    @Test
    void aRebuildStillWaitingAfterTheFirstLooksIsLookedAtNowAndThen() {
        when(rebuilds.resumeInterrupted()).thenAnswer(call -> {
            looks.incrementAndGet();
            return List.of("notes");
        });
        when(rebuilds.awaitingHandOver()).thenReturn(true);
        // three looks in the first 15 ms, then a round of three every five seconds
        start(Duration.ofSeconds(5));

        await().atMost(Duration.ofSeconds(10)).until(() -> looks.get() >= 3);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(looks.get()).as("the first round is over").isEqualTo(3));
        await().atMost(Duration.ofSeconds(20)).until(() -> looks.get() >= 6);
    }

    @Test
    void nothingWaitingIsLookedAtOnceThenNowAndThen() {
        when(rebuilds.resumeInterrupted()).thenAnswer(call -> {
            looks.incrementAndGet();
            return List.of();
        });
        start(Duration.ofSeconds(5));

        await().atMost(Duration.ofSeconds(10)).until(() -> looks.get() == 1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(looks.get()).isEqualTo(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> looks.get() >= 2);
    }

    @Test
    void aRebuildWaitingForOtherInstancesIsLookedAtSoon() {
        when(rebuilds.resumeInterrupted()).thenAnswer(call -> {
            looks.incrementAndGet();
            return List.of();
        });
        start(Duration.ofMinutes(1));
        ArgumentCaptor<Runnable> handOverAwaited = ArgumentCaptor.forClass(Runnable.class);
        verify(rebuilds).whenHandOverAwaited(handOverAwaited.capture());
        await().atMost(Duration.ofSeconds(10)).until(() -> looks.get() == 1);

        handOverAwaited.getValue().run();

        await().atMost(Duration.ofSeconds(10)).until(() -> looks.get() == 2);
    }

    private void start(Duration lookLater) {
        interrupted = new InterruptedRebuilds(rebuilds, Duration.ofMillis(5), Duration.ofMillis(15), lookLater);
        interrupted.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], null,
                Duration.ZERO));
    }
}
