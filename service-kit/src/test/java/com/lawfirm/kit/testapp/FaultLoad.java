package com.lawfirm.kit.testapp;

import com.lawfirm.kit.rebuild.ProjectionRebuilds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault tests' steady stream of commands (about forty a second, each counted once the event store acknowledged
 * it) and what they check once the fault is over: every acknowledged command reached the other service's read model
 * through Kafka, none twice, and every read model equals its rebuild from the events.
 */
final class FaultLoad implements AutoCloseable {

    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    /** Every command sent: one refused may still have been committed (its answer lost as the database went away). */
    final Set<String> sent = ConcurrentHashMap.newKeySet();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicReference<String> lastRefusal = new AtomicReference<>();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<?> generator;

    FaultLoad(CommandGateway commands) {
        generator = thread.submit(() -> steadyCommands(commands));
    }

    /** Stops the stream; every command sent is then either acknowledged or refused. */
    @Override
    public void close() throws Exception {
        loading.set(false);
        generator.get();
        thread.shutdown();
    }

    private void steadyCommands(CommandGateway commands) {
        int i = 0;
        while (loading.get()) {
            String id = UUID.randomUUID().toString();
            sent.add(id);
            try {
                commands.sendAndWait(new NoteEvents.CreateNote(id, "卷宗 File " + i++));
                acknowledged.add(id);
            } catch (RuntimeException e) {
                // refused while something is away: not acknowledged, so not promised
                refused.incrementAndGet();
                lastRefusal.set(e.toString());
                Thread.interrupted();
            }
            LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
        }
    }

    /**
     * The consumer's index holds every acknowledged note (and nothing that was never sent), and its ledger (another
     * group) handled each exactly once.
     */
    void assertEachReachedTheConsumerOnce(JdbcTemplate consumer, Duration within) {
        await().atMost(within).untilAsserted(() -> assertThat(indexed(consumer)).containsAll(acknowledged));
        assertThat(sent).containsAll(indexed(consumer));
        // the ledger is another consumer of the same topic: it catches up on its own
        await().atMost(within).untilAsserted(() -> assertThat(new HashSet<>(consumer.queryForList(
                "SELECT note_id FROM handled_note", String.class))).isEqualTo(indexed(consumer)));
        assertThat(consumer.queryForList("SELECT note_id FROM handled_note"))
                .as("the ledger counts every handling: none twice").hasSize(indexed(consumer).size());
    }

    static Set<String> indexed(JdbcTemplate jdbc) {
        return new HashSet<>(jdbc.queryForList("SELECT id FROM read_model WHERE collection = ?", String.class,
                NoteIndex.COLLECTION));
    }

    /**
     * Once the projection has caught up with its source (a processor that failed while the database was away waits
     * longer after each failure, up to a minute), rebuilds it from that source (the event store or Kafka) and finds
     * its collection as it was.
     */
    static void assertEqualsItsRebuild(ConfigurableApplicationContext service, String projection, String collection) {
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        ProjectionRebuilds rebuilds = service.getBean(ProjectionRebuilds.class);
        await().atMost(Duration.ofSeconds(120)).until(() -> caughtUp(rebuilds, projection));
        List<Map<String, Object>> live = documents(jdbc, collection);
        rebuilds.rebuild(projection);
        await().atMost(Duration.ofSeconds(120)).until(() -> caughtUp(rebuilds, projection));
        assertThat(documents(jdbc, collection)).as(projection + " rebuilt from its events").isEqualTo(live);
    }

    private static boolean caughtUp(ProjectionRebuilds rebuilds, String projection) {
        return rebuilds.statuses().stream()
                .anyMatch(status -> status.name().equals(projection) && status.caughtUp() && !status.shadow());
    }

    private static List<Map<String, Object>> documents(JdbcTemplate jdbc, String collection) {
        return jdbc.queryForList("SELECT id, version, doc::text AS doc FROM read_model WHERE collection = ? ORDER BY id",
                collection);
    }
}
