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
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The Kafka broker goes away under a steady stream of commands and comes back: commands go on being acknowledged
 * (they are committed to the event store, not to Kafka), and once the broker is back every acknowledged command
 * reaches the other service's read model, none twice, and the read models of both equal their rebuilds.
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

        FaultLoad load = new FaultLoad(producer.getBean(CommandGateway.class));
        try (load) {
            await().atMost(Duration.ofSeconds(60)).until(() -> FaultLoad.indexed(jdbc).size() >= 20);

            broker.close();
            long down = System.nanoTime();
            int before = load.acknowledged.size();
            await().atMost(Duration.ofSeconds(180)).until(() -> load.acknowledged.size() >= before + DURING_OUTAGE);
            broker = EmbeddedKafkaBroker.start(brokerData, port);
            System.out.printf("the broker was down %.0f s while %d commands were acknowledged%n",
                    (System.nanoTime() - down) / 1e9, DURING_OUTAGE);
            int restarted = load.acknowledged.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> load.acknowledged.size() >= restarted + 50);
        }

        load.assertEachReachedTheConsumerOnce(jdbc, Duration.ofSeconds(180));
        FaultLoad.assertEqualsItsRebuild(producer, "notes", "notes");
        FaultLoad.assertEqualsItsRebuild(consumer, "note-index", NoteIndex.COLLECTION);
    }
}
