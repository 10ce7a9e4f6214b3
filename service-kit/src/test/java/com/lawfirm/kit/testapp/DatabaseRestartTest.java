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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL (the event stores and read models of both services) goes away under a steady stream of commands and
 * comes back: commands are refused while it is away, and once it is back every command acknowledged before, during
 * or after reaches the other service's read model through Kafka, none twice, none parked as if it were poison, and
 * the read models of both equal their rebuilds.
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

        FaultLoad load = new FaultLoad(producer.getBean(CommandGateway.class));
        try (load) {
            await().atMost(Duration.ofSeconds(60)).until(() -> FaultLoad.indexed(jdbc).size() >= 20);
            postgres.close();
            await().atMost(Duration.ofSeconds(120)).until(() -> load.refused.get() >= 10);
            postgres = EmbeddedPostgresServer.start(data, port, false);
            int restarted = load.acknowledged.size();
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(load.acknowledged.size())
                    .as(() -> "acknowledged again after the restart; last refusal: " + load.lastRefusal.get())
                    .isGreaterThanOrEqualTo(restarted + 50));
        }

        load.assertEachReachedTheConsumerOnce(jdbc, Duration.ofSeconds(240));
        FaultLoad.assertEqualsItsRebuild(producer, "notes", "notes");
        FaultLoad.assertEqualsItsRebuild(consumer, "note-index", NoteIndex.COLLECTION);
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

}
