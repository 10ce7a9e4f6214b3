package com.lawfirm.kit.rebuild;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * An interrupted rebuild that other instances keep from starting is looked at again often at first, then now and
 * then for as long as it waits, and no more once it has been taken up.
 */
class InterruptedRebuildsTest {

    private final ProjectionRebuilds rebuilds = mock(ProjectionRebuilds.class);
    private final AtomicInteger looks = new AtomicInteger();
    private final InterruptedRebuilds interrupted = new InterruptedRebuilds(rebuilds, Duration.ofMillis(5),
            Duration.ofMillis(15), Duration.ofMillis(20));

    @AfterEach
    void close() {
        interrupted.close();
    }

    @Test
    void aRebuildStillWaitingAfterTheFirstLooksIsLookedAtUntilItStarts() {
        // three looks in the first 15 ms, the rebuild still waiting; it starts at the eighth
        when(rebuilds.resumeInterrupted()).thenAnswer(call -> looks.incrementAndGet() < 8 ? List.of("notes") : List.of());

        interrupted.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], null,
                Duration.ZERO));

        await().atMost(Duration.ofSeconds(10)).until(() -> looks.get() >= 8);
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(looks.get()).as("no look once it started").isEqualTo(8));
    }

    @Test
    void nothingInterruptedIsLookedAtOnce() {
        when(rebuilds.resumeInterrupted()).thenAnswer(call -> {
            looks.incrementAndGet();
            return List.of();
        });

        interrupted.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], null,
                Duration.ZERO));

        await().atMost(Duration.ofSeconds(10)).until(() -> looks.get() == 1);
        await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(looks.get()).isEqualTo(1));
    }
}
