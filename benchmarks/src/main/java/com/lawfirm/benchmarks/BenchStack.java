package com.lawfirm.benchmarks;

import com.lawfirm.embedded.DevTokenIssuer;
import com.lawfirm.embedded.EmbeddedKafkaBroker;
import com.lawfirm.embedded.EmbeddedPostgresServer;
import com.lawfirm.kit.ServiceApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a benchmark runs on: a real PostgreSQL and a real Kafka broker in this JVM, the development token issuer, and
 * the services it needs, each started as in production on its own database. Everything goes away with the JVM.
 */
final class BenchStack {

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final DevTokenIssuer issuer = DevTokenIssuer.ephemeral();
    private final Path publicKey;
    /** A fresh master key per run: the benchmark's data subjects live no longer than it. */
    private static final String MASTER_KEY = java.util.Base64.getEncoder().encodeToString(
            new java.security.SecureRandom().generateSeed(32));

    BenchStack() {
        try {
            Path home = Files.createTempDirectory("lawfirm-bench-");
            postgres = EmbeddedPostgresServer.start(null, 0, true);
            kafka = EmbeddedKafkaBroker.start(home.resolve("kafka"), 0);
            publicKey = issuer.writePublicKey(home.resolve("dev-issuer.pem"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ConfigurableApplicationContext start(Class<?> application, String service, Map<String, Object> extra) {
        postgres.createDatabase(service + "_bench");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", postgres.jdbcUrl(service + "_bench"));
        props.put("spring.datasource.username", postgres.user());
        props.put("spring.datasource.password", postgres.password());
        props.put("lawfirm.bus.bootstrap-servers", kafka.bootstrapServers());
        props.put("spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + publicKey);
        props.put("server.port", 0);
        props.put("logging.level.root", "WARN");
        postgres.createDatabase("subject_keys_bench");
        props.put("lawfirm.privacy.master-key", MASTER_KEY);
        props.put("lawfirm.privacy.key-store.url", postgres.jdbcUrl("subject_keys_bench"));
        props.put("lawfirm.privacy.key-store.username", postgres.user());
        props.put("lawfirm.privacy.key-store.password", postgres.password());
        props.putAll(extra);
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return ServiceApplication.builder(application, service).run(args);
    }

    static String url(ConfigurableApplicationContext service) {
        return "http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    String database(String name) {
        postgres.createDatabase(name);
        return postgres.jdbcUrl(name);
    }

    String user() {
        return postgres.user();
    }

    String password() {
        return postgres.password();
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    String token(String user, String... roles) {
        return issuer.token(user, List.of(roles));
    }

    /** Registers an organisation as a client through intake's HTTP API; true when it was acknowledged (201). */
    static boolean registerClient(HttpClient http, String url, String token, String name) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\"}"))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
        } catch (Exception e) {
            return false;
        }
    }
}
