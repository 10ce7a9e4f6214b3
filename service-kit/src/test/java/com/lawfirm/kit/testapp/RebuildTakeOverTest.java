package com.lawfirm.kit.testapp;

import com.lawfirm.kit.rebuild.ProjectionRebuilds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static com.lawfirm.kit.testapp.KitServices.held;
import static com.lawfirm.kit.testapp.Notes.count;
import static com.lawfirm.kit.testapp.Notes.create;
import static com.lawfirm.kit.testapp.Notes.inList;
import static com.lawfirm.kit.testapp.Notes.rows;
import static com.lawfirm.kit.testapp.Notes.shadow;
import static com.lawfirm.kit.testapp.Notes.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When the shadow copy of a rebuild takes the current copy's place, and when it must not: the new events handled in
 * the batch of the last replayed one follow the take-over into the new copy, and a replay that passed an event over
 * (its handler failed) is given up, the current copy staying as it was.
 */
class RebuildTakeOverTest {

    private final KitServices services = new KitServices();

    @AfterEach
    void stopAll() {
        NoteProjection.HOLD.set(null);
        NoteProjection.FAILS_ON_REPLAY.set(null);
        services.close();
    }

    /** Replayed by one segment, the take-over happens once, in the batch of the last replayed event. */
    @Test
    void newEventsInTheBatchOfTheLastReplayedOneGoOnIntoTheNewCopy() throws InterruptedException {
        ConfigurableApplicationContext service = services.start("kitreplaybatch", "kitreplaybatch",
                Map.of("lawfirm.scaling.segments", 1));
        CommandGateway commands = service.getBean(CommandGateway.class);
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        List<String> created = create(commands, 150, "卷宗 File ");
        await().atMost(Duration.ofSeconds(60)).until(() -> count(jdbc, "") == created.size());
        List<String> lost = created.subList(100, 110);
        jdbc.update("DELETE FROM read_model WHERE collection = 'notes'" + inList(lost));

        // held in the first batch of the replay, while new notes are stored: the last batch holds the last replayed
        // note and the new ones after it
        NoteProjection.Hold hold = new NoteProjection.Hold(created.get(50), new CountDownLatch(1), new CountDownLatch(1));
        NoteProjection.HOLD.set(hold);
        ProjectionRebuilds rebuilds = service.getBean(ProjectionRebuilds.class);
        List<String> meanwhile;
        try {
            assertThat(rebuilds.rebuild("notes").shadow()).isTrue();
            assertThat(hold.reached().await(30, TimeUnit.SECONDS)).as("the replay is under way").isTrue();
            meanwhile = create(commands, 3, "新卷宗 New file ");
        } finally {
            hold.released().countDown();
            NoteProjection.HOLD.set(null);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> !shadow(rebuilds));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(jdbc, inList(meanwhile)) == meanwhile.size());
        assertThat(count(jdbc, inList(created))).as("the rebuilt copy, the damage repaired").isEqualTo(created.size());
        assertThat(count(jdbc, "")).isEqualTo(created.size() + meanwhile.size());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model WHERE collection LIKE '%__shadow'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projection_rebuild", Long.class)).isZero();
    }

    @ParameterizedTest(name = "replayed by {0} segment(s)")
    @ValueSource(ints = {1, 4})
    void aReplayThatPassedAnEventOverIsGivenUpAndTheCurrentCopyStays(int segments) {
        String name = "kitpassedover" + segments;
        ConfigurableApplicationContext service = services.start(name, name,
                Map.of("lawfirm.scaling.segments", segments, "lawfirm.scaling.heartbeat", "1s"));
        await().atMost(Duration.ofSeconds(30)).until(() -> held(service, "notes") == segments);
        CommandGateway commands = service.getBean(CommandGateway.class);
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        List<String> created = create(commands, 250, "卷宗 File ");
        await().atMost(Duration.ofSeconds(60)).until(() -> count(jdbc, "") == created.size());
        // past the first batch of the replay (100 events): given up too early, the rest would go into the current copy
        List<String> lost = created.subList(200, 210);
        jdbc.update("DELETE FROM read_model WHERE collection = 'notes'" + inList(lost));
        List<Map<String, Object>> damaged = rows(jdbc);

        // the handler fails on one note, early in the replay, whenever it is replayed: the new copy would lack it
        NoteProjection.FAILS_ON_REPLAY.set(created.get(10));
        ProjectionRebuilds rebuilds = service.getBean(ProjectionRebuilds.class);
        assertThat(rebuilds.rebuild("notes").shadow()).isTrue();
        // the shadow emptied and the mark removed (so not started again with the service) once it is no longer listed
        await().atMost(Duration.ofSeconds(60)).until(() -> !shadow(rebuilds)
                && jdbc.queryForObject("SELECT count(*) FROM read_model WHERE collection LIKE '%__shadow'", Long.class) == 0
                && jdbc.queryForObject("SELECT count(*) FROM projection_rebuild", Long.class) == 0);
        assertThat(rows(jdbc)).as("given up: the current copy as it was, its damage too").isEqualTo(damaged);
        assertThat(status(rebuilds).rebuildGivenUp()).as("the status says why")
                .contains("NoteCreated").contains("卷宗无法重建").contains(created.get(10));

        // the current copy goes on; with the handler mended, a rebuild repairs it
        List<String> after = create(commands, 1, "又一卷宗 Another file ");
        await().atMost(Duration.ofSeconds(30)).until(() -> count(jdbc, inList(after)) == 1);
        NoteProjection.FAILS_ON_REPLAY.set(null);
        assertThat(rebuilds.rebuild("notes").shadow()).isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> !shadow(rebuilds)
                && count(jdbc, "") == created.size() + after.size());
        assertThat(count(jdbc, inList(lost))).isEqualTo(lost.size());
        assertThat(status(rebuilds).rebuildGivenUp()).isNull();
    }
}
