package com.lawfirm.kit.testapp;

import com.lawfirm.embedded.EmbeddedPostgresServer;
import com.lawfirm.events.Topics;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
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
 * PostgreSQL (the event stores and read models of both services) goes away under a steady stream of commands and
 * comes back: commands are refused while it is away, and once it is back every command acknowledged before, during
 * or after reaches the other service's read model through Kafka, none twice, none parked as if it were poison.
 */
class DatabaseRestartTest {

    private final KitServices services = new KitServices();
    private EmbeddedPostgresServer postgres;

    @TempDir
    Path data;

    @AfterEach
    void stopAll() {
        services.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void acknowledgedCommandsSurviveARestartOfTheDatabase() throws Exception {
        postgres = EmbeddedPostgresServer.start(data, 0, false);
        int port = postgres.port();
        ConfigurableApplicationContext producer = services.start("kitdb-a", "kitdb_a",
                on(postgres, "kitdb_a", Map.of("lawfirm.bus.publish", true)));
        ConfigurableApplicationContext consumer = services.start("kitdb-b", "kitdb_b", on(postgres, "kitdb_b", Map.of(
                "lawfirm.bus.publish", false,
                "lawfirm.bus.consumers.note-index", Topics.of("kitdb-a"),
                "lawfirm.bus.consumers.ledger", Topics.of("kitdb-a"))));
        JdbcTemplate jdbc = consumer.getBean(JdbcTemplate.class);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newSingleThreadExecutor();
        Future<?> generator = load.submit(() -> steadyCommands(producer.getBean(CommandGateway.class), acknowledged,
                refused, loading));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> indexed(jdbc).size() >= 20);
            postgres.close();
            await().atMost(Duration.ofSeconds(120)).until(() -> refused.get() >= 10);
            postgres = EmbeddedPostgresServer.start(data, port, false);
            int restarted = acknowledged.size();
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(acknowledged.size())
                    .as(() -> "acknowledged again after the restart; last refusal: " + lastRefusal.get())
                    .isGreaterThanOrEqualTo(restarted + 50));
        } finally {
            loading.set(false);
            generator.get();
            load.shutdown();
        }

        await().atMost(Duration.ofSeconds(240)).untilAsserted(() -> assertThat(indexed(jdbc)).isEqualTo(acknowledged));
        // the ledger is another consumer of the same topic: it catches up on its own
        await().atMost(Duration.ofSeconds(240)).untilAsserted(() -> assertThat(new HashSet<>(jdbc.queryForList(
                "SELECT note_id FROM handled_note", String.class))).isEqualTo(acknowledged));
        List<Map<String, Object>> handled = jdbc.queryForList("SELECT note_id FROM handled_note");
        assertThat(handled).as("the ledger counts every handling: none twice").hasSize(acknowledged.size());
    }

    /** The service's settings, pointed at this test's own PostgreSQL, failing fast while it is away. */
    private static Map<String, Object> on(EmbeddedPostgresServer postgres, String database, Map<String, Object> extra) {
        postgres.createDatabase(database);
        Map<String, Object> props = new HashMap<>(extra);
        props.put("spring.datasource.url", postgres.jdbcUrl(database));
        props.put("spring.datasource.username", postgres.user());
        props.put("spring.datasource.password", postgres.password());
        props.put("spring.datasource.hikari.connection-timeout", 2000);
        return props;
    }

    private static final AtomicReference<String> lastRefusal = new AtomicReference<>();

    private static void steadyCommands(CommandGateway commands, Set<String> acknowledged, AtomicInteger refused,
                                       AtomicBoolean loading) {
        int i = 0;
        while (loading.get()) {
            String id = UUID.randomUUID().toString();
            try {
                commands.sendAndWait(new NoteEvents.CreateNote(id, "卷宗 File " + i++));
                acknowledged.add(id);
            } catch (RuntimeException e) {
                // refused while the database is away; a handler past its time limit is interrupted, and the flag
                // must not fail the next command
                refused.incrementAndGet();
                lastRefusal.set(e.toString());
                Thread.interrupted();
            }
            LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
        }
    }

    private static Set<String> indexed(JdbcTemplate jdbc) {
        return new HashSet<>(jdbc.queryForList("SELECT id FROM read_model WHERE collection = ?", String.class,
                NoteIndex.COLLECTION));
    }
}
