package com.lawfirm.kit.testapp;

import com.lawfirm.events.Topics;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.readmodel.ProjectionRebuilds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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

    private static List<Map<String, Object>> index(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT id, version, doc::text AS doc FROM read_model WHERE collection = ? ORDER BY id",
                NoteIndex.COLLECTION);
    }

    private static void create(ConfigurableApplicationContext service, int count) {
        CommandGateway commands = service.getBean(CommandGateway.class);
        for (int i = 0; i < count; i++) {
            commands.sendAndWait(new NoteEvents.CreateNote(UUID.randomUUID().toString(), "卷宗 File " + i));
        }
    }
}
