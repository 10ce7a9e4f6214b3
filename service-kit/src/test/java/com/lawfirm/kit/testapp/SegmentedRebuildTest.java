package com.lawfirm.kit.testapp;

import com.lawfirm.kit.readmodel.ProjectionRebuilds;
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

import static com.lawfirm.kit.testapp.KitServices.held;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection whose processing group is split into segments is rebuilt in a shadow copy as one that is not: each
 * segment replays its own aggregates at its own pace, queries answer from the whole current copy until every segment
 * has replayed its share, and what is written meanwhile is in the copy that takes over.
 */
class SegmentedRebuildTest {

    private static final int NOTES = 1_000;

    private final KitServices services = new KitServices();

    @AfterEach
    void stopAll() {
        services.close();
    }

    @Test
    void theShadowTakesOverOnceEverySegmentHasReplayedItsShare() {
        ConfigurableApplicationContext service = services.start("kitsegrebuild", "kitsegrebuild",
                Map.of("lawfirm.scaling.segments", 4, "lawfirm.scaling.heartbeat", "1s"));
        await().atMost(Duration.ofSeconds(30)).until(() -> held(service, "notes") == 4);
        CommandGateway commands = service.getBean(CommandGateway.class);
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        List<String> created = create(commands, NOTES, "卷宗 File ");
        created.subList(0, 100).forEach(note -> commands.sendAndWait(new NoteEvents.CloseNote(note)));
        await().atMost(Duration.ofSeconds(60)).until(() -> count(jdbc, "") == NOTES
                && count(jdbc, " AND doc @> '{\"closed\":true}'") == 100);
        List<Map<String, Object>> live = notes(jdbc);

        // damage the current copy: only a replay of every segment brings these back
        jdbc.update("DELETE FROM read_model WHERE collection = 'notes' AND id IN (SELECT id FROM read_model"
                + " WHERE collection = 'notes' ORDER BY id LIMIT 100)");
        long damaged = NOTES - 100;
        ProjectionRebuilds rebuilds = service.getBean(ProjectionRebuilds.class);
        assertThat(rebuilds.rebuild("notes").shadow()).as("rebuilt in a shadow copy").isTrue();
        List<String> meanwhile = create(commands, 20, "新卷宗 New file ");

        Set<Long> seen = new HashSet<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            seen.add(count(jdbc, ""));
            return !shadow(rebuilds) && count(jdbc, "") == NOTES + meanwhile.size();
        });
        assertThat(seen).as("the damaged copy, then the rebuilt one: never a partial one")
                .allMatch(size -> size == damaged || size >= NOTES);
        List<Map<String, Object>> rebuilt = notes(jdbc);
        assertThat(rebuilt.stream().filter(row -> created.contains((String) row.get("id"))).toList()).isEqualTo(live);
        assertThat(rebuilt).extracting(row -> (String) row.get("id")).containsAll(meanwhile);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model WHERE collection LIKE '%__shadow'", Long.class))
                .isZero();

        // the rebuilt copy goes on living, every segment at work again
        await().atMost(Duration.ofSeconds(30)).until(() -> held(service, "notes") == 4);
        create(commands, 1, "又一卷宗 Another file ");
        await().atMost(Duration.ofSeconds(30)).until(() -> count(jdbc, "") == NOTES + meanwhile.size() + 1);
    }

    private static boolean shadow(ProjectionRebuilds rebuilds) {
        return rebuilds.statuses().stream().filter(status -> status.name().equals("notes")).findFirst().orElseThrow()
                .shadow();
    }

    private static List<String> create(CommandGateway commands, int count, String title) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            commands.sendAndWait(new NoteEvents.CreateNote(id, title + i));
            ids.add(id);
        }
        return ids;
    }

    private static long count(JdbcTemplate jdbc, String condition) {
        return jdbc.queryForObject("SELECT count(*) FROM read_model WHERE collection = 'notes'" + condition, Long.class);
    }

    private static List<Map<String, Object>> notes(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT id, version, doc::text AS doc FROM read_model WHERE collection = 'notes'"
                + " ORDER BY id");
    }
}
