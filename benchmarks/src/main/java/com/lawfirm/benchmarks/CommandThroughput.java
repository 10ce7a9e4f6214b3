package com.lawfirm.benchmarks;

import com.lawfirm.intake.IntakeServiceApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Commands per second through HTTP into the event store (register a client: validation, the aggregate, the event
 * with its hash chain, the outbox to Kafka), as a ratio to plain JDBC inserts of equivalent event rows into the same
 * PostgreSQL, one transaction each, on as many threads, in the same run. Target: at least 0.3.
 * Both are warmed up first, the service until the JIT has settled (at most {@code --warm-up-seconds}): a service runs
 * for months, and on two cores the JIT is still compiling the request path minutes in (65 commands/s after 30 s of
 * load, 150 after five minutes).
 * <p>{@code benchmarks/run command-throughput [--commands 2000] [--clients 8] [--warm-up-seconds 600]}
 */
public final class CommandThroughput {

    private CommandThroughput() {
    }

    public static void main(String[] args) {
        Measure.runAndExit(args, CommandThroughput::run);
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Map.of("--commands", "2000", "--clients", "8",
                "--warm-up-seconds", "600"));
        int warmUp = Integer.parseInt(options.get("--warm-up-seconds"));
        int commands = Integer.parseInt(options.get("--commands"));
        int clients = Integer.parseInt(options.get("--clients"));
        BenchStack stack = new BenchStack();
        ConfigurableApplicationContext intake = stack.start(IntakeServiceApplication.class, IntakeServiceApplication.SERVICE, Map.of());
        String url = BenchStack.url(intake) + "/api/clients";
        String token = "Bearer " + stack.token("bench", "INTAKE");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(java.util.concurrent.Executors.newFixedThreadPool(clients)).build();

        AtomicInteger warmedUp = new AtomicInteger();
        Measure.warmUp(60, warmUp, seconds -> Measure.runFor(clients, seconds,
                i -> BenchStack.registerClient(http, url, token, "warm-up " + warmedUp.incrementAndGet())));
        double viaHttp = Measure.rate(clients, commands, i -> BenchStack.registerClient(http, url, token, "基准客户 Bench client " + i));

        String jdbcUrl = stack.database("bench_jdbc");
        try (Connection setup = DriverManager.getConnection(jdbcUrl, stack.user(), stack.password())) {
            setup.createStatement().execute("""
                    CREATE TABLE event_row (global_index BIGSERIAL PRIMARY KEY, event_id VARCHAR(255) NOT NULL UNIQUE,
                      aggregate_id VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, aggregate_type VARCHAR(255),
                      time_stamp VARCHAR(255) NOT NULL, payload_type VARCHAR(255) NOT NULL, payload_revision VARCHAR(255),
                      payload TEXT NOT NULL, meta_data TEXT, UNIQUE (aggregate_id, sequence_number))""");
        }
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> connect(jdbcUrl, stack));
        // the insert path is short: 20 s compiles it (and minutes would add millions of rows to insert into)
        Measure.runFor(clients, Math.min(warmUp, 20), i -> insert(connections.get(), "warm-up " + i));
        double viaJdbc = Measure.rate(clients, commands, i -> insert(connections.get(), "基准客户 Bench client " + i));

        System.out.printf("command throughput, %d commands on %d clients:%n", commands, clients);
        System.out.printf("  HTTP -> event store        %8.1f commands/s%n", viaHttp);
        System.out.printf("  plain JDBC event-row insert %7.1f rows/s (baseline)%n", viaJdbc);
        System.out.printf("  ratio %.2f (target >= 0.30)%n", viaHttp / viaJdbc);
        intake.close();
    }

    /** An event row as the event store writes one for a newly registered client. */
    private static boolean insert(Connection connection, String name) {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO event_row (event_id, aggregate_id, sequence_number, aggregate_type, time_stamp, payload_type,
                  payload_revision, payload, meta_data) VALUES (?, ?, 0, 'Client', ?, ?, '1', ?, ?)""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, id);
            insert.setString(3, Instant.now().toString());
            insert.setString(4, "com.lawfirm.events.intake.ClientRegistered");
            insert.setString(5, "{\"clientId\":\"" + id + "\",\"kind\":\"ORGANIZATION\",\"name\":\"" + name
                    + "\",\"aliases\":[],\"formerNames\":[],\"identifiers\":[],\"contacts\":[],\"preferredLanguage\":\"ZH\"}");
            insert.setString(6, "{\"userId\":\"bench\",\"correlationId\":\"" + UUID.randomUUID() + "\"}");
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection connect(String url, BenchStack stack) {
        try {
            return DriverManager.getConnection(url, stack.user(), stack.password());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
