package com.lawfirm.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Predicate;

/**
 * The baseline of {@link CommandThroughput}: the rows a registration writes, by plain JDBC into the same PostgreSQL,
 * in tables of their own, on connections opened once (each measured slice runs on threads of its own, and a
 * connection opened in a slice would be timed with it).
 */
final class BaselineRows implements AutoCloseable {

    /** A wrapped AES-256 key as the key store keeps one (nonce, key, tag), and a SHA-256 link in hex. */
    private static final byte[] KEY = new byte[60];
    private static final String HASH = "0".repeat(64);

    private final BlockingQueue<Connection> connections;

    private BaselineRows(BlockingQueue<Connection> connections) {
        this.connections = connections;
    }

    /** Creates the tables and opens one connection per client thread. */
    static BaselineRows open(String jdbcUrl, String user, String password, int clients) throws SQLException {
        try (Connection setup = DriverManager.getConnection(jdbcUrl, user, password)) {
            setup.createStatement().execute("""
                    CREATE TABLE event_row (global_index BIGSERIAL PRIMARY KEY, event_id VARCHAR(255) NOT NULL UNIQUE,
                      aggregate_id VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, aggregate_type VARCHAR(255),
                      time_stamp VARCHAR(255) NOT NULL, payload_type VARCHAR(255) NOT NULL, payload_revision VARCHAR(255),
                      payload TEXT NOT NULL, meta_data TEXT, UNIQUE (aggregate_id, sequence_number));
                    CREATE TABLE chain_row (aggregate_id VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL,
                      event_id VARCHAR(255) NOT NULL, hash CHAR(64) NOT NULL, PRIMARY KEY (aggregate_id, sequence_number));
                    CREATE TABLE key_row (subject_id TEXT PRIMARY KEY, wrapped_key BYTEA, master_key_id TEXT NOT NULL,
                      created_at TIMESTAMPTZ NOT NULL DEFAULT now())""");
        }
        BaselineRows rows = new BaselineRows(new ArrayBlockingQueue<>(clients));
        try {
            for (int c = 0; c < clients; c++) {
                rows.connections.add(DriverManager.getConnection(jdbcUrl, user, password));
            }
        } catch (SQLException e) {
            rows.close();
            throw e;
        }
        return rows;
    }

    /** The rows a registration writes: the client's data key (its own transaction), then the event and its link. */
    boolean registration(String name) {
        return withConnection(connection -> registration(connection, name));
    }

    /** An event row alone, one transaction each. */
    boolean eventRow(String name) {
        return withConnection(connection -> eventRow(connection, name));
    }

    @Override
    public void close() {
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the benchmark is over; its database goes with it
            }
        }
    }

    /** Runs {@code work} on a connection of the pool, one per client thread, and gives it back. */
    private boolean withConnection(Predicate<Connection> work) {
        Connection connection;
        try {
            connection = connections.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return work.test(connection);
        } finally {
            connections.add(connection);
        }
    }

    private static boolean registration(Connection connection, String name) {
        String id = UUID.randomUUID().toString();
        try {
            connection.setAutoCommit(true);
            try (PreparedStatement key = connection.prepareStatement(
                    "INSERT INTO key_row (subject_id, wrapped_key, master_key_id) VALUES (?, ?, 'bench')")) {
                key.setString(1, id);
                key.setBytes(2, KEY);
                key.executeUpdate();
            }
            connection.setAutoCommit(false);
            String eventId = UUID.randomUUID().toString();
            insertEvent(connection, eventId, id, name);
            try (PreparedStatement link = connection.prepareStatement(
                    "INSERT INTO chain_row (aggregate_id, sequence_number, event_id, hash) VALUES (?, 0, ?, ?)")) {
                link.setString(1, id);
                link.setString(2, eventId);
                link.setString(3, HASH);
                link.executeUpdate();
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            rollBack(connection);
            return false;
        }
    }

    private static boolean eventRow(Connection connection, String name) {
        String id = UUID.randomUUID().toString();
        try {
            connection.setAutoCommit(true);
            insertEvent(connection, UUID.randomUUID().toString(), id, name);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** An event row as the event store writes one for a newly registered client. */
    private static void insertEvent(Connection connection, String eventId, String id, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO event_row (event_id, aggregate_id, sequence_number, aggregate_type, time_stamp, payload_type,
                  payload_revision, payload, meta_data) VALUES (?, ?, 0, 'Client', ?, ?, '1', ?, ?)""")) {
            insert.setString(1, eventId);
            insert.setString(2, id);
            insert.setString(3, Instant.now().toString());
            insert.setString(4, "com.lawfirm.events.intake.ClientRegistered");
            insert.setString(5, "{\"clientId\":\"" + id + "\",\"kind\":\"ORGANIZATION\",\"name\":\"" + name
                    + "\",\"aliases\":[],\"formerNames\":[],\"identifiers\":[],\"contacts\":[],\"preferredLanguage\":\"ZH\"}");
            insert.setString(6, "{\"userId\":\"bench\",\"correlationId\":\"" + UUID.randomUUID() + "\"}");
            insert.executeUpdate();
        }
    }

    private static void rollBack(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the run fails on the insert's error already
        }
    }
}
