package com.lawfirm.kit.testapp;

import com.lawfirm.kit.rebuild.ProjectionRebuilds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static com.lawfirm.kit.testapp.KitServices.held;
import static com.lawfirm.kit.testapp.Notes.count;
import static com.lawfirm.kit.testapp.Notes.create;
import static com.lawfirm.kit.testapp.Notes.inList;
import static com.lawfirm.kit.testapp.Notes.rows;
import static com.lawfirm.kit.testapp.Notes.shadow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection whose processing group is split into segments is rebuilt in a shadow copy as one that is not: each
 * segment replays its own aggregates at its own pace, queries answer from the whole current copy until every segment
 * has replayed its share (the copy kept up to date by the segments already through), and what is written meanwhile
 * is in the copy that takes over.
 */
class SegmentedRebuildTest {

    private static final int NOTES = 1_000;

    private final KitServices services = new KitServices();

    @AfterEach
    void stopAll() {
        services.close();
    }

    @Test
    void theShadowTakesOverOnceEverySegmentHasReplayedItsShare() throws InterruptedException {
        ConfigurableApplicationContext service = services.start("kitsegrebuild", "kitsegrebuild",
                Map.of("lawfirm.scaling.segments", 4, "lawfirm.scaling.heartbeat", "1s"));
        await().atMost(Duration.ofSeconds(30)).until(() -> held(service, "notes") == 4);
        CommandGateway commands = service.getBean(CommandGateway.class);
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        List<String> created = create(commands, NOTES, "卷宗 File ");
        created.subList(0, 100).forEach(note -> commands.sendAndWait(new NoteEvents.CloseNote(note)));
        await().atMost(Duration.ofSeconds(60)).until(() -> count(jdbc, "") == NOTES
                && count(jdbc, " AND doc @> '{\"closed\":true}'") == 100);
        List<Map<String, Object>> live = rows(jdbc);

        // damage the current copy: only a replay of every segment brings these back
        List<String> lost = jdbc.queryForList("SELECT id FROM read_model WHERE collection = 'notes' ORDER BY id"
                + " LIMIT 100", String.class);
        jdbc.update("DELETE FROM read_model WHERE collection = 'notes'" + inList(lost));
        // closed during the rebuild: their handler fails on the damaged copy, and the shadow has them all the same
        List<String> closedMeanwhile = lost.stream().filter(note -> !created.subList(0, 100).contains(note)).limit(10)
                .toList();
        long damaged = NOTES - 100;
        ProjectionRebuilds rebuilds = service.getBean(ProjectionRebuilds.class);
        // one segment is held in the middle of its replay; the others replay their share and go on
        NoteProjection.Hold hold = new NoteProjection.Hold(created.get(NOTES / 2), new CountDownLatch(1),
                new CountDownLatch(1));
        NoteProjection.HOLD.set(hold);
        List<String> meanwhile;
        try {
            assertThat(rebuilds.rebuild("notes").shadow()).as("rebuilt in a shadow copy").isTrue();
            assertThat(hold.reached().await(30, TimeUnit.SECONDS)).as("the held segment is replaying").isTrue();
            meanwhile = create(commands, 40, "新卷宗 New file ");
            closedMeanwhile.forEach(note -> commands.sendAndWait(new NoteEvents.CloseNote(note)));
            // the segments past their replay handle new notes into the current copy too; the held one's wait
            await().atMost(Duration.ofSeconds(30)).until(() -> count(jdbc, inList(meanwhile)) > 0);
            Map<String, Object> now = jdbc.queryForMap("SELECT count(*) FILTER (WHERE true" + inList(meanwhile)
                    + ") AS new, count(*) AS all FROM read_model WHERE collection = 'notes'");
            long current = ((Number) now.get("new")).longValue();
            assertThat(current).as("the held segment's new notes wait for it").isLessThan(meanwhile.size());
            assertThat(((Number) now.get("all")).longValue()).as("the damaged copy and the new notes: never a partial"
                    + " one").isEqualTo(damaged + current);
            assertThat(shadow(rebuilds)).as("no take-over while a segment replays").isTrue();
        } finally {
            hold.released().countDown();
            NoteProjection.HOLD.set(null);
        }

        Set<Long> seen = new HashSet<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            seen.add(count(jdbc, ""));
            return !shadow(rebuilds) && count(jdbc, "") == NOTES + meanwhile.size();
        });
        assertThat(seen).as("the damaged copy and new notes, then the rebuilt one: never a partial one")
                .allMatch(size -> size <= damaged + meanwhile.size() || size >= NOTES);
        List<Map<String, Object>> rebuilt = rows(jdbc);
        assertThat(rebuilt.stream().filter(row -> created.contains((String) row.get("id"))
                && !closedMeanwhile.contains((String) row.get("id"))).toList())
                .isEqualTo(live.stream().filter(row -> !closedMeanwhile.contains((String) row.get("id"))).toList());
        assertThat(count(jdbc, inList(closedMeanwhile) + " AND doc @> '{\"closed\":true}'"))
                .isEqualTo(closedMeanwhile.size());
        assertThat(rebuilt).extracting(row -> (String) row.get("id")).containsAll(meanwhile);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model WHERE collection LIKE '%__shadow'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projection_rebuild", Long.class)).as("no longer under way")
                .isZero();

        // the rebuilt copy goes on living, every segment at work again
        await().atMost(Duration.ofSeconds(30)).until(() -> held(service, "notes") == 4);
        create(commands, 1, "又一卷宗 Another file ");
        await().atMost(Duration.ofSeconds(30)).until(() -> count(jdbc, "") == NOTES + meanwhile.size() + 1);
    }

    /**
     * Stopped before the take-over, the service goes on with the current copy when it starts again, which the segments
     * through their replay kept up to date: none of what they handled meanwhile is lost. And the rebuild it was asked
     * for starts again from the first event, so the damage it was to repair is repaired all the same.
     */
    @Test
    void aRebuildInterruptedByAStopStartsAgainWhenTheServiceDoesLosingNothing() throws InterruptedException {
        interruptedAndStartedAgain(4, "kitsegrestart");
    }

    /** The same with one segment, whose shadow takes over in the transaction of the last event it replays. */
    @Test
    void aRebuildByOneSegmentInterruptedByAStopStartsAgainAsWell() throws InterruptedException {
        interruptedAndStartedAgain(1, "kitonerestart");
    }

    private void interruptedAndStartedAgain(int segments, String service) throws InterruptedException {
        Map<String, Object> settings = Map.of("lawfirm.scaling.segments", segments, "lawfirm.scaling.heartbeat", "1s");
        ConfigurableApplicationContext first = services.start(service, service, settings);
        await().atMost(Duration.ofSeconds(30)).until(() -> held(first, "notes") == segments);
        CommandGateway commands = first.getBean(CommandGateway.class);
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        List<String> created = create(commands, 400, "卷宗 File ");
        await().atMost(Duration.ofSeconds(60)).until(() -> count(jdbc, "") == created.size());
        List<String> lost = created.subList(300, 350);
        jdbc.update("DELETE FROM read_model WHERE collection = 'notes'" + inList(lost));

        NoteProjection.Hold hold = new NoteProjection.Hold(created.get(200), new CountDownLatch(1),
                new CountDownLatch(1));
        NoteProjection.HOLD.set(hold);
        List<String> meanwhile;
        try {
            assertThat(first.getBean(ProjectionRebuilds.class).rebuild("notes").shadow()).isTrue();
            assertThat(hold.reached().await(30, TimeUnit.SECONDS)).as("the held segment is replaying").isTrue();
            assertThat(jdbc.queryForList("SELECT projection FROM projection_rebuild", String.class))
                    .as("the rebuild marked under way").containsExactly("notes");
            meanwhile = create(commands, 40, "新卷宗 New file ");
            if (segments > 1) {
                // the segments through their replay handle new notes into the current copy too
                await().atMost(Duration.ofSeconds(30)).until(() -> count(jdbc, inList(meanwhile)) > 0);
            }
            // the held segment is interrupted as the service stops: the shadow never takes over
            services.stop(first);
        } finally {
            hold.released().countDown();
            NoteProjection.HOLD.set(null);
        }

        ConfigurableApplicationContext second = services.start(service, service, settings);
        JdbcTemplate again = second.getBean(JdbcTemplate.class);
        ProjectionRebuilds rebuilds = second.getBean(ProjectionRebuilds.class);
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> !shadow(rebuilds)
                    && count(again, inList(created)) == created.size()
                    && count(again, inList(meanwhile)) == meanwhile.size());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not rebuilt after the start: " + rebuilds.statuses() + ", of the notes created "
                    + count(again, inList(created)) + " of " + created.size() + " (of those lost " + count(again,
                    inList(lost)) + "), meanwhile " + count(again, inList(meanwhile)) + ", marks "
                    + again.queryForList("SELECT * FROM projection_rebuild") + ", claims " + again.queryForList(
                    "SELECT segment, owner, time_stamp FROM token_entry WHERE processor_name = 'notes'"), e);
        }
        assertThat(count(again, inList(lost))).as("the damage repaired by the rebuild started again").isEqualTo(lost.size());
        assertThat(again.queryForObject("SELECT count(*) FROM read_model WHERE collection LIKE '%__shadow'", Long.class))
                .as("no shadow left behind").isZero();
        assertThat(again.queryForObject("SELECT count(*) FROM projection_rebuild", Long.class)).isZero();
    }
}
