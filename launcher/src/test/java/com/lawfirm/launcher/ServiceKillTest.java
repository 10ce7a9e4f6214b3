package com.lawfirm.launcher;

import com.lawfirm.embedded.DevTokenIssuer;
import com.lawfirm.embedded.EmbeddedKafkaBroker;
import com.lawfirm.embedded.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 under a steady stream of commands, with the services as the launcher runs them (their own JVMs, a real
 * PostgreSQL and Kafka broker): intake-service, which takes the commands, is killed and started again; then a second
 * instance of intake starts beside it and takes its share of the read models' segments and of the commands, and the
 * first is killed, leaving its share to the second; then conflict-service, which reads intake's events from Kafka
 * into its party register, is killed and started again. Every client intake acknowledged (201) is afterwards in
 * intake's registry and in conflict's register: nothing acknowledged is lost, and what the publisher sends again
 * after its crash changes nothing; and intake's registry equals its rebuild from the event store.
 */
class ServiceKillTest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CAUGHT_UP = Pattern.compile("\\{\"name\":\"clients\"[^}]*\"caughtUp\":true");
    private static final Path SERVICES = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path data;

    private final List<AutoCloseable> infrastructure = new ArrayList<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private DevTokenIssuer issuer;

    @AfterEach
    void stopEverything() throws Exception {
        services.forEach(ServiceProcess::kill);
        for (AutoCloseable closeable : infrastructure) {
            closeable.close();
        }
    }

    @Test
    void acknowledgedCommandsSurviveKill9OfTheServiceOfOneOfItsTwoInstancesAndOfItsConsumer() throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), 0, false);
        infrastructure.add(0, postgres);
        List.of("intake", "conflict", Launcher.KEY_STORE).forEach(postgres::createDatabase);
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(data.resolve("kafka"), 0);
        infrastructure.add(0, kafka);
        issuer = DevTokenIssuer.ephemeral();
        Path publicKey = issuer.writePublicKey(data.resolve("issuer.pem"));
        Path masterKey = MasterKeyFile.ensure(data.resolve("privacy").resolve("master.key"));
        int intakePort = freePort();
        int conflictPort = freePort();
        java.util.function.Function<String, List<String>> settings = name -> List.of(
                "--spring.datasource.url=" + postgres.jdbcUrl(name),
                "--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.password=" + postgres.password(),
                "--lawfirm.privacy.master-key-location=" + masterKey,
                "--lawfirm.privacy.key-store.url=" + postgres.jdbcUrl(Launcher.KEY_STORE),
                "--lawfirm.privacy.key-store.username=" + postgres.user(),
                "--lawfirm.privacy.key-store.password=" + postgres.password(),
                "--lawfirm.bus.bootstrap-servers=" + kafka.bootstrapServers(),
                "--lawfirm.conflict.index-directory=" + data.resolve("conflict-index"),
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey,
                // two segments per processing group, so that two instances can share them
                "--lawfirm.scaling.segments=2",
                "--lawfirm.scaling.heartbeat=1s");

        ServiceProcess intake = start("intake", intakePort, settings.apply("intake"));
        ServiceProcess conflict = start("conflict", conflictPort, settings.apply("conflict"));
        intake.awaitReady(Duration.ofMinutes(4));
        conflict.awaitReady(Duration.ofMinutes(4));

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newSingleThreadExecutor();
        List<String> targets = new CopyOnWriteArrayList<>(List.of(intake.url()));
        String conflictUrl = conflict.url();
        Future<?> generator = load.submit(() -> steadyClients(targets, acknowledged, refused, loading));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 20);
            intake.kill();
            int beforeRestart = refused.get();
            await().atMost(Duration.ofSeconds(30)).until(() -> refused.get() >= beforeRestart + 5);
            intake = start("intake", intakePort, settings.apply("intake"));
            intake.awaitReady(Duration.ofMinutes(4));
            int afterIntake = acknowledged.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= afterIntake + 20);

            ServiceProcess second = start("intake", freePort(), settings.apply("intake"));
            second.awaitReady(Duration.ofMinutes(4));
            targets.add(second.url());
            await().atMost(Duration.ofSeconds(60)).until(() -> owners(postgres, "clients") == 2);
            int shared = acknowledged.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= shared + 20);
            intake.kill();
            // the killed instance's claim times out and the second takes its segment over
            await().atMost(Duration.ofSeconds(60)).until(() -> owners(postgres, "clients") == 1);
            int afterTakeOver = acknowledged.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= afterTakeOver + 20);

            conflict.kill();
            int whileConsumerDown = acknowledged.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= whileConsumerDown + 20);
            conflict = start("conflict", conflictPort, settings.apply("conflict"));
            conflict.awaitReady(Duration.ofMinutes(4));
            int afterConflict = acknowledged.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= afterConflict + 10);
        } finally {
            loading.set(false);
            generator.get();
            load.shutdown();
        }

        String survivorUrl = targets.get(1);
        String analyst = "Bearer " + issuer.token("zhou.lei", List.of("CONFLICTS_ANALYST"));
        String staff = "Bearer " + issuer.token("chen.jing", List.of("INTAKE"));
        for (String client : acknowledged) {
            await().atMost(Duration.ofSeconds(120)).until(() -> status(survivorUrl + "/api/clients/" + client, staff) == 200);
            await().atMost(Duration.ofSeconds(120)).until(
                    () -> status(conflictUrl + "/api/parties/client:" + client, analyst) == 200);
        }
        assertThat(refused.get()).as("commands refused while intake was down").isPositive();

        // after all of it, intake's client registry, once caught up, equals its rebuild from the event store
        String admin = "Bearer " + issuer.token("admin", List.of("ADMIN"));
        await().atMost(Duration.ofSeconds(120)).until(() -> CAUGHT_UP.matcher(
                body(survivorUrl + "/api/admin/projections", admin)).find());
        List<String> registry = documents(postgres, "clients");
        assertThat(post(survivorUrl + "/api/admin/projections/clients/rebuild", admin)).isEqualTo(202);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertThat(CAUGHT_UP.matcher(body(survivorUrl + "/api/admin/projections", admin)).find()).isTrue();
            assertThat(documents(postgres, "clients")).as("the registry rebuilt from intake's events").isEqualTo(registry);
        });
    }

    private ServiceProcess start(String name, int port, List<String> arguments) {
        ServiceProcess service = ServiceProcess.start(name, port, SERVICES.resolve(name + "-service").resolve("target")
                .resolve(name + "-service-exec.jar"), arguments, data.resolve("logs"));
        services.add(service);
        return service;
    }

    /** A read model collection of intake, each document as stored (id, version, content). */
    private static List<String> documents(EmbeddedPostgresServer postgres, String collection) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("intake"), postgres.user(), postgres.password());
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id || ' ' || version || ' ' || doc::text FROM read_model WHERE collection = ? ORDER BY id")) {
            query.setString(1, collection);
            List<String> documents = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    documents.add(result.getString(1));
                }
            }
            return documents;
        }
    }

    private int post(String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String body(String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** How many instances hold the segments of a processing group of intake. */
    private static int owners(EmbeddedPostgresServer postgres, String processingGroup) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("intake"), postgres.user(), postgres.password());
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(DISTINCT owner) FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL")) {
            query.setString(1, processingGroup);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** Registers clients one after another, on each of the instances in turn. */
    private void steadyClients(List<String> targets, Set<String> acknowledged, AtomicInteger refused, AtomicBoolean loading) {
        String token = "Bearer " + issuer.token("chen.jing", List.of("INTAKE"));
        int i = 0;
        while (loading.get()) {
            String intakeUrl = targets.get(i % targets.size());
            String body = "{\"kind\":\"ORGANIZATION\",\"name\":\"杭州第" + i++ + "号委托人有限公司 Client " + i + " Ltd\"}";
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(intakeUrl + "/api/clients"))
                        .timeout(Duration.ofSeconds(10)).header("Authorization", token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher id = ID.matcher(response.body());
                if (response.statusCode() == 201 && id.find()) {
                    acknowledged.add(id.group(1));
                } else {
                    refused.incrementAndGet();
                }
            } catch (IOException e) {
                refused.incrementAndGet(); // the service is down: not acknowledged, so not promised
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private int status(String url, String token) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
