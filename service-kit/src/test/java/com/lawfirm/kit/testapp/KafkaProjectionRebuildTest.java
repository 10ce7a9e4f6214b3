package com.lawfirm.kit.testapp;

import com.lawfirm.events.Topics;
import com.lawfirm.kit.bus.KafkaEventSource;
import com.lawfirm.kit.bus.KafkaEventSources;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.testing.TestStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import com.lawfirm.kit.rebuild.ProjectionRebuilds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A read model fed from another service's topic, rebuilt from the topic's first offset into a shadow copy while the
 * current one keeps answering; the shadow takes over with its record of handled events, and the stream goes on.
 */
class KafkaProjectionRebuildTest {

    private final KitServices services = new KitServices();

    @AfterEach
    void stopAll() {
        services.close();
    }

    @Test
    void aKafkaFedReadModelIsRebuiltWithoutDowntimeAndTheStreamGoesOn() {
        ConfigurableApplicationContext producer = services.start("kitrebuild-a", "kitrebuild_a", Map.of("lawfirm.bus.publish", true));
        ConfigurableApplicationContext consumer = services.start("kitrebuild-b", "kitrebuild_b", Map.of("lawfirm.bus.publish", false,
                "lawfirm.bus.consumers.note-index", Topics.of("kitrebuild-a"), "lawfirm.bus.consumers.ledger", Topics.of("kitrebuild-a")));
        JdbcTemplate jdbc = consumer.getBean(JdbcTemplate.class);
        create(producer, 200);
        await().atMost(Duration.ofSeconds(60)).until(() -> index(jdbc).size() == 200);
        List<Map<String, Object>> live = index(jdbc);
        ProjectionRebuilds rebuilds = consumer.getBean(ProjectionRebuilds.class);

        assertThatThrownBy(() -> rebuilds.rebuild("ledger")).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.getMessage()).contains("never replayed"));
        // damage the current copy: only a rebuild that really re-reads the topic brings these back
        jdbc.update("DELETE FROM read_model WHERE collection = ? AND id IN (SELECT id FROM read_model WHERE collection = ?"
                + " ORDER BY id LIMIT 50)", NoteIndex.COLLECTION, NoteIndex.COLLECTION);
        assertThat(rebuilds.rebuild("note-index").shadow()).isTrue();
        Set<Integer> seen = new HashSet<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            seen.add(index(jdbc).size());
            return rebuilds.statuses().stream().anyMatch(s -> s.name().equals("note-index") && !s.shadow());
        });
        assertThat(seen).as("the damaged copy, then the rebuilt one: never a partial one").isSubsetOf(150, 200);
        assertThat(index(jdbc)).isEqualTo(live);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model WHERE collection LIKE '%__shadow'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM consumed_event WHERE consumer = 'kitrebuild-b.note-index'",
                Long.class)).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM consumed_event WHERE consumer LIKE '%__shadow'", Long.class)).isZero();

        create(producer, 5);
        await().atMost(Duration.ofSeconds(60)).until(() -> index(jdbc).size() == 205);
    }

    /**
     * Stopped before the take-over, the service answers from the current copy when it starts again, and the rebuild it
     * was asked for starts again from the topic's first offset, so the damage it was to repair is repaired all the same.
     */
    @Test
    void aRebuildInterruptedByAStopStartsAgainWhenTheServiceDoes() throws Exception {
        ConfigurableApplicationContext producer = services.start("kitkafkarestart-a", "kitkafkarestart_a",
                Map.of("lawfirm.bus.publish", true));
        // batches of ten: the replay is still under way after the held one
        Map<String, Object> settings = Map.of("lawfirm.bus.publish", false, "lawfirm.bus.max-poll-records", 10,
                "lawfirm.bus.consumers.note-index", Topics.of("kitkafkarestart-a"));
        ConfigurableApplicationContext consumer = services.start("kitkafkarestart-b", "kitkafkarestart_b", settings);
        JdbcTemplate jdbc = consumer.getBean(JdbcTemplate.class);
        List<String> created = create(producer, 200);
        await().atMost(Duration.ofSeconds(60)).until(() -> index(jdbc).size() == 200);
        List<Map<String, Object>> live = index(jdbc);
        jdbc.update("DELETE FROM read_model WHERE collection = ? AND id IN (SELECT id FROM read_model WHERE collection = ?"
                + " ORDER BY id LIMIT 50)", NoteIndex.COLLECTION, NoteIndex.COLLECTION);

        NoteProjection.Hold hold = new NoteProjection.Hold(created.get(100), new CountDownLatch(1), new CountDownLatch(1));
        NoteIndex.HOLD.set(hold);
        try {
            assertThat(consumer.getBean(ProjectionRebuilds.class).rebuild("note-index").shadow()).isTrue();
            assertThat(hold.reached().await(30, TimeUnit.SECONDS)).as("the replay reached the held note").isTrue();
            assertThat(jdbc.queryForList("SELECT projection FROM projection_rebuild", String.class))
                    .as("the rebuild marked under way").containsExactly("note-index");
            // the held batch ends once the consumer is told to stop, so the replay never gets past it
            KafkaEventSource source = consumer.getBean(KafkaEventSources.class).all().get(0);
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> services.stop(consumer));
            await().atMost(Duration.ofSeconds(30)).until(() -> !source.isRunning());
            hold.released().countDown();
            stopping.get(60, TimeUnit.SECONDS);
        } finally {
            hold.released().countDown();
            NoteIndex.HOLD.set(null);
        }

        ConfigurableApplicationContext second = services.start("kitkafkarestart-b", "kitkafkarestart_b", settings);
        JdbcTemplate again = second.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(90)).until(() -> index(again).equals(live)
                && again.queryForObject("SELECT count(*) FROM projection_rebuild", Long.class) == 0);
        assertThat(again.queryForObject("SELECT count(*) FROM read_model WHERE collection LIKE '%__shadow'", Long.class))
                .as("no shadow left behind").isZero();
        assertThat(again.queryForObject("SELECT count(*) FROM consumed_event WHERE consumer LIKE '%__shadow'", Long.class))
                .isZero();
        assertThat(again.queryForObject("SELECT count(*) FROM consumed_event WHERE consumer = 'kitkafkarestart-b.note-index'",
                Long.class)).isEqualTo(200);

        create(producer, 5);
        await().atMost(Duration.ofSeconds(60)).until(() -> index(again).size() == 205);
    }

    /**
     * An instance that holds only part of the topic cannot rebuild alone: the rebuild is given up, the current copy
     * stays, and no mark is left behind for the next start to take it up again.
     */
    @Test
    void aRebuildOnAnInstanceHoldingPartOfTheTopicIsGivenUpLeavingNoMark() throws Exception {
        ConfigurableApplicationContext producer = services.start("kitkafkashare-a", "kitkafkashare_a",
                Map.of("lawfirm.bus.publish", true));
        Map<String, Object> settings = Map.of("lawfirm.bus.publish", false,
                "lawfirm.bus.consumers.note-index", Topics.of("kitkafkashare-a"));
        ConfigurableApplicationContext first = services.start("kitkafkashare-b", "kitkafkashare_b", settings);
        services.start("kitkafkashare-b", "kitkafkashare_b", settings);
        awaitBothShareTheTopic("kitkafkashare-b", "kitkafkashare_b");
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        create(producer, 50);
        await().atMost(Duration.ofSeconds(60)).until(() -> index(jdbc).size() == 50);
        List<Map<String, Object>> live = index(jdbc);

        ProjectionRebuilds rebuilds = first.getBean(ProjectionRebuilds.class);
        assertThat(rebuilds.rebuild("note-index").shadow()).isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuilds.statuses().stream()
                .anyMatch(s -> s.name().equals("note-index") && !s.shadow() && !s.replaying()));
        // the mark goes before the rebuild is no longer under way
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projection_rebuild", Long.class)).as("no mark left").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model WHERE collection LIKE '%__shadow'", Long.class))
                .isZero();
        assertThat(index(jdbc)).isEqualTo(live);
        assertThat(rebuilds.statuses()).filteredOn(s -> s.name().equals("note-index")).singleElement()
                .satisfies(s -> assertThat(s.rebuildGivenUp()).as("the status says why").contains("partitions"));
    }

    /**
     * A rebuild that a stop interrupted, found as the service starts beside another instance of it: neither holds every
     * partition, so it waits (its mark kept) until one instance runs the projection alone, which then takes it up.
     */
    @Test
    void anInterruptedRebuildWaitsForAnInstanceHoldingEveryPartition() {
        ConfigurableApplicationContext producer = services.start("kitkafkawait-a", "kitkafkawait_a",
                Map.of("lawfirm.bus.publish", true));
        Map<String, Object> settings = Map.of("lawfirm.bus.publish", false,
                "lawfirm.bus.consumers.note-index", Topics.of("kitkafkawait-a"));
        ConfigurableApplicationContext first = services.start("kitkafkawait-b", "kitkafkawait_b", settings);
        ConfigurableApplicationContext second = services.start("kitkafkawait-b", "kitkafkawait_b", settings);
        awaitBothShareTheTopic("kitkafkawait-b", "kitkafkawait_b");
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        create(producer, 50);
        await().atMost(Duration.ofSeconds(60)).until(() -> index(jdbc).size() == 50);
        List<Map<String, Object>> live = index(jdbc);
        jdbc.update("DELETE FROM read_model WHERE collection = ? AND id IN (SELECT id FROM read_model WHERE collection = ?"
                + " ORDER BY id LIMIT 10)", NoteIndex.COLLECTION, NoteIndex.COLLECTION);
        // as a stop in the middle of the rebuild leaves it
        jdbc.update("INSERT INTO projection_rebuild (projection, segments, started_at) VALUES ('note-index', 1, now())");

        ProjectionRebuilds rebuilds = first.getBean(ProjectionRebuilds.class);
        assertThat(rebuilds.resumeInterrupted()).as("left for later").containsExactly("note-index");
        assertThat(jdbc.queryForList("SELECT projection FROM projection_rebuild", String.class)).containsExactly("note-index");
        assertThat(rebuilds.statuses()).filteredOn(s -> s.name().equals("note-index")).singleElement()
                .satisfies(s -> assertThat(s.shadow()).as("not started").isFalse());

        services.stop(second);
        KafkaEventSource source = first.getBean(KafkaEventSources.class).all().get(0);
        await().atMost(Duration.ofSeconds(60)).until(source::holdsEveryPartition);
        assertThat(rebuilds.resumeInterrupted()).as("taken up").isEmpty();
        await().atMost(Duration.ofSeconds(60)).until(() -> index(jdbc).equals(live)
                && jdbc.queryForObject("SELECT count(*) FROM projection_rebuild", Long.class) == 0);
    }

    /** Two instances of the service in its consumer group, each given some of the topic's partitions. */
    private static void awaitBothShareTheTopic(String service, String database) {
        String group = "lawfirm." + service + ".note-index";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestStack.get().serviceProperties(database).get("lawfirm.bus.bootstrap-servers")))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                var members = admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group)
                        .members();
                assertThat(members).as("both instances in the group").hasSize(2);
                assertThat(members).allSatisfy(m -> assertThat(m.assignment().topicPartitions()).isNotEmpty());
            });
        }
    }

    private static List<Map<String, Object>> index(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT id, version, doc::text AS doc FROM read_model WHERE collection = ? ORDER BY id",
                NoteIndex.COLLECTION);
    }

    private static List<String> create(ConfigurableApplicationContext service, int count) {
        CommandGateway commands = service.getBean(CommandGateway.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            commands.sendAndWait(new NoteEvents.CreateNote(id, "卷宗 File " + i));
            ids.add(id);
        }
        return ids;
    }
}
