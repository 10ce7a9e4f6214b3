package com.lawfirm.kit.testapp;

import com.lawfirm.embedded.EmbeddedKafkaBroker;
import com.lawfirm.events.Topics;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
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
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kafka broker goes away under a steady stream of commands and comes back: commands go on being acknowledged
 * (they are committed to the event store, not to Kafka), and once the broker is back every acknowledged command
 * reaches the other service's read model, none twice.
 */
class BrokerOutageTest {

    /** Commands acknowledged while the broker is down: at about forty a second, an outage of about half a minute. */
    private static final int DURING_OUTAGE = 1000;

    private final KitServices services = new KitServices();
    private EmbeddedKafkaBroker broker;

    @TempDir
    Path brokerData;

    @AfterEach
    void stopAll() {
        services.close();
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void commandsAcknowledgedWhileTheBrokerIsDownReachTheOtherServiceOnceItIsBack() throws Exception {
        broker = EmbeddedKafkaBroker.start(brokerData, 0);
        int port = broker.port();
        String bootstrap = broker.bootstrapServers();
        ConfigurableApplicationContext producer = services.start("kitoutage-a", "kitoutage_a",
                Map.of("lawfirm.bus.publish", true, "lawfirm.bus.bootstrap-servers", bootstrap));
        ConfigurableApplicationContext consumer = services.start("kitoutage-b", "kitoutage_b", Map.of(
                "lawfirm.bus.publish", false, "lawfirm.bus.bootstrap-servers", bootstrap,
                "lawfirm.bus.consumers.note-index", Topics.of("kitoutage-a"),
                "lawfirm.bus.consumers.ledger", Topics.of("kitoutage-a")));
        JdbcTemplate jdbc = consumer.getBean(JdbcTemplate.class);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newSingleThreadExecutor();
        Future<?> generator = load.submit(() -> steadyCommands(producer.getBean(CommandGateway.class), acknowledged, loading));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> indexed(jdbc).size() >= 20);

            broker.close();
            long down = System.nanoTime();
            int before = acknowledged.size();
            await().atMost(Duration.ofSeconds(180)).until(() -> acknowledged.size() >= before + DURING_OUTAGE);
            broker = EmbeddedKafkaBroker.start(brokerData, port);
            System.out.printf("the broker was down %.0f s while %d commands were acknowledged%n",
                    (System.nanoTime() - down) / 1e9, DURING_OUTAGE);
            int restarted = acknowledged.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= restarted + 50);
        } finally {
            loading.set(false);
            generator.get();
            load.shutdown();
        }

        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> assertThat(indexed(jdbc)).isEqualTo(acknowledged));
        // the ledger is another consumer of the same topic: it catches up on its own
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> assertThat(new HashSet<>(jdbc.queryForList(
                "SELECT note_id FROM handled_note", String.class))).isEqualTo(acknowledged));
        List<Map<String, Object>> handled = jdbc.queryForList("SELECT note_id, event_id FROM handled_note");
        assertThat(handled).as("the ledger counts every handling: none twice").hasSize(acknowledged.size());
    }

    /** About forty commands a second, each recorded once the event store has acknowledged it. */
    private static void steadyCommands(CommandGateway commands, Set<String> acknowledged, AtomicBoolean loading) {
        int i = 0;
        while (loading.get()) {
            String id = UUID.randomUUID().toString();
            try {
                commands.sendAndWait(new NoteEvents.CreateNote(id, "卷宗 File " + i++));
                acknowledged.add(id);
            } catch (RuntimeException e) {
                // not acknowledged: not counted
            }
            LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
        }
    }

    private static Set<String> indexed(JdbcTemplate jdbc) {
        return new HashSet<>(jdbc.queryForList("SELECT id FROM read_model WHERE collection = ?", String.class,
                NoteIndex.COLLECTION));
    }
}
