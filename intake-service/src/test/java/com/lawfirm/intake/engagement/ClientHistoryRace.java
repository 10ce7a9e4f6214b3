package com.lawfirm.intake.engagement;

import com.lawfirm.intake.IntakeFlow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two requests that meet on one client's history, in a set order: the first is held as it writes to the history (by a
 * row the test holds at the client's next sequence number, as a slow commit would), the second waits for the client
 * in this instance, then the first goes on.
 */
final class ClientHistoryRace {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    ClientHistoryRace(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    record Race(MockHttpServletResponse first, MockHttpServletResponse second) {
    }

    /**
     * Sends the first request and waits until it is writing to the client's history, held there by a row this test
     * holds at the same place; then sends the second and waits until it waits too (for the client, in this instance);
     * then lets the first go.
     */
    Race race(IntakeFlow flow, String client, String firstPath, String firstToken, String firstBody,
                      String secondPath, String secondToken, String secondBody) throws Exception {
        ExecutorService requests = Executors.newFixedThreadPool(2);
        AtomicReference<Thread> secondThread = new AtomicReference<>();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            int holderPid = holdNextEvent(holder, client);
            CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() ->
                    flow.response(firstPath, firstToken, firstBody), requests);
            await().atMost(Duration.ofSeconds(30)).until(() -> blockedBy(holderPid) == 1);
            CompletableFuture<MockHttpServletResponse> second = CompletableFuture.supplyAsync(() -> {
                secondThread.set(Thread.currentThread());
                return flow.response(secondPath, secondToken, secondBody);
            }, requests);
            await().atMost(Duration.ofSeconds(30)).until(() -> waitsForTheClient(secondThread.get()));
            assertThat(first).isNotDone();
            assertThat(second).isNotDone();
            holder.rollback();
            return new Race(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } finally {
            requests.shutdownNow();
        }
    }

    /**
     * Writes, uncommitted, the client's next event: whoever appends to the client next waits for this transaction.
     * Returns the holder's backend.
     */
    private static int holdNextEvent(Connection holder, String client) throws Exception {
        try (PreparedStatement hold = holder.prepareStatement("""
                INSERT INTO domain_event_entry (event_id, aggregate_id, sequence_number, aggregate_type, time_stamp,
                                                payload_type, payload)
                SELECT ?, ?, max(sequence_number) + 1, 'Client', now()::text, 'held.by.the.test', '{}'
                FROM domain_event_entry WHERE aggregate_id = ?""")) {
            hold.setString(1, UUID.randomUUID().toString());
            hold.setString(2, client);
            hold.setString(3, client);
            assertThat(hold.executeUpdate()).isOne();
        }
        try (PreparedStatement pid = holder.prepareStatement("SELECT pg_backend_pid()");
             ResultSet row = pid.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    private long blockedBy(int holderPid) {
        return jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))",
                Long.class, holderPid);
    }

    /** Parked on the client's lock in this instance: the aggregate is being changed by the first request. */
    private static boolean waitsForTheClient(Thread thread) {
        return thread != null && (thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING)
                && Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("org.axonframework.common.lock."));
    }
}
