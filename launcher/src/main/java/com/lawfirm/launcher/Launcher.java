package com.lawfirm.launcher;

import com.lawfirm.embedded.DevTokenIssuer;
import com.lawfirm.embedded.EmbeddedKafkaBroker;
import com.lawfirm.embedded.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The embedded default: a real PostgreSQL and a real Kafka broker on this machine with the firm's data in one
 * directory, the development token issuer, and the five services, each its own JVM with its own database and topic.
 * Ctrl-C stops the services, then the broker, then PostgreSQL.
 */
public final class Launcher {

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);
    /** The database of the data subjects' keys, shared by every service (crypto-shredding). */
    static final String KEY_STORE = "subject_keys";
    static final Map<String, Integer> PORTS = Map.of(
            "intake", 8081, "conflict", 8082, "matter", 8083, "billing", 8084, "notification", 8085);

    private final LauncherOptions options;
    private final List<AutoCloseable> infrastructure = new ArrayList<>();
    private final List<ServiceProcess> services = new ArrayList<>();

    private Launcher(LauncherOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("export-matter")) {
            com.lawfirm.auditexport.MatterExport.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("demo")) {
            // fills the suite that is already running (started by another ./suite) with a demo firm, over HTTP
            com.lawfirm.demo.DemoFirm.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Launcher launcher = new Launcher(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.stop();
            stopped.countDown();
        }, "launcher-shutdown"));
        try {
            launcher.start();
        } catch (RuntimeException e) {
            log.error("The suite did not start: {}", e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    private void start() throws Exception {
        Instant began = Instant.now();
        Path data = options.dataDir();
        if (options.fresh()) {
            deleteRecursively(data);
        }
        Files.createDirectories(data);
        if (options.issuerOnly()) {
            DevTokenIssuer issuer = DevTokenIssuer.persistent(data.resolve("dev-issuer").resolve("key.json"));
            infrastructure.add(new DevTokenServer(issuer, options.tokenHost(), options.tokenPort()));
            log.info("Development token issuer on {}:{}", options.tokenHost(), options.tokenPort());
            return;
        }
        log.info("Firm data in {}", data);

        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), options.pgPort(), false);
        infrastructure.add(0, postgres);
        options.services().forEach(postgres::createDatabase);
        postgres.createDatabase(KEY_STORE);
        Path masterKey = MasterKeyFile.ensure(data.resolve("privacy").resolve("master.key"));
        log.info("PostgreSQL on port {}", postgres.port());

        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(data.resolve("kafka"), options.kafkaPort());
        infrastructure.add(0, kafka);
        log.info("Kafka broker on {}", kafka.bootstrapServers());

        DevTokenIssuer issuer = DevTokenIssuer.persistent(data.resolve("dev-issuer").resolve("key.json"));
        Path publicKey = issuer.writePublicKey(data.resolve("dev-issuer").resolve("public.pem"));
        infrastructure.add(0, new DevTokenServer(issuer, options.tokenHost(), options.tokenPort()));

        ExecutorService waiting = Executors.newFixedThreadPool(options.services().size());
        List<Future<?>> ready = new ArrayList<>();
        for (String name : options.services()) {
            Path jar = options.servicesDir().resolve(name + "-service").resolve("target").resolve(name + "-service-exec.jar");
            ServiceProcess service = ServiceProcess.start(name, PORTS.get(name), jar, List.of(
                    // the conflict index is kept on disk beside the firm's other data; other services ignore it
                    "--lawfirm.conflict.index-directory=" + data.resolve("conflict-index"),
                    "--spring.datasource.url=" + postgres.jdbcUrl(name),
                    "--spring.datasource.username=" + postgres.user(),
                    "--spring.datasource.password=" + postgres.password(),
                    // one store of the data subjects' keys for all services, its master key in a file of the firm's data
                    "--lawfirm.privacy.master-key-location=" + masterKey,
                    "--lawfirm.privacy.key-store.url=" + postgres.jdbcUrl(KEY_STORE),
                    "--lawfirm.privacy.key-store.username=" + postgres.user(),
                    "--lawfirm.privacy.key-store.password=" + postgres.password(),
                    "--lawfirm.bus.bootstrap-servers=" + kafka.bootstrapServers(),
                    "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey),
                    data.resolve("logs"));
            services.add(service);
            ready.add(waiting.submit(() -> service.awaitReady(Duration.ofMinutes(4))));
        }
        for (Future<?> future : ready) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                waiting.shutdownNow();
                throw (RuntimeException) e.getCause();
            }
        }
        waiting.shutdown();
        printBanner(issuer, Duration.between(began, Instant.now()));
    }

    private void printBanner(DevTokenIssuer issuer, Duration took) {
        StringBuilder banner = new StringBuilder("\n\nThe law firm suite is ready (started in ")
                .append(took.toSeconds()).append(" s).\n\n");
        for (ServiceProcess service : services) {
            banner.append(String.format("  %-13s %s   (pid %d, log %s)%n", service.name, service.url(), service.pid(), service.log));
        }
        banner.append(String.format("%n  PostgreSQL    localhost:%d (user postgres, one database per service)%n", options.pgPort()))
                .append(String.format("  Kafka         localhost:%d (topics lawfirm.<service>.events)%n", options.kafkaPort()))
                .append(String.format("  Tokens        curl 'http://localhost:%d/token?user=li.na&roles=LAWYER,PARTNER'%n", options.tokenPort()))
                .append(String.format("  JWKS          http://localhost:%d/.well-known/jwks.json%n", options.tokenPort()))
                .append("  Demo firm     ./suite demo   (in another terminal: staff, clients and matters in every stage)\n")
                .append("\n  An ADMIN token for user 'admin', valid 12 hours:\n  ")
                .append(issuer.token("admin", List.of("ADMIN", "INTAKE", "LAWYER", "PARTNER", "CONFLICTS_ANALYST",
                        "BILLING", "ARCHIVIST", "AUDITOR")))
                .append("\n\n  Press Ctrl-C to stop everything.\n");
        System.out.println(banner);
        System.out.flush();
    }

    private synchronized void stop() {
        if (services.isEmpty() && infrastructure.isEmpty()) {
            return;
        }
        log.info("Stopping the suite");
        services.forEach(ServiceProcess::requestStop);
        services.forEach(service -> service.awaitStop(Duration.ofSeconds(30)));
        services.clear();
        for (AutoCloseable part : infrastructure) {
            try {
                part.close();
            } catch (Exception e) {
                log.warn("stopping {} failed: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
        infrastructure.clear();
        log.info("Stopped");
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
