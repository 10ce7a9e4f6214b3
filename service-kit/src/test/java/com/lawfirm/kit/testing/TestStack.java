package com.lawfirm.kit.testing;

import com.lawfirm.embedded.DevTokenIssuer;
import com.lawfirm.embedded.EmbeddedKafkaBroker;
import com.lawfirm.embedded.EmbeddedPostgresServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.lawfirm.kit.readmodel.PostgresReadModelStore;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One real PostgreSQL server, one real Kafka broker and one token issuer per test JVM, started on first use and
 * shared by every test class of the module; each Spring context gets a database of its own.
 */
public final class TestStack {

    /** The test run's master key for the data subjects' keys (32 bytes, Base64). */
    public static final String MASTER_KEY = "dGVzdC1tYXN0ZXIta2V5LW9mLTMyLWJ5dGVzLWxvbmc=";
    public static final String KEY_STORE = "subject_keys";

    private static TestStack instance;
    private static final java.util.Deque<AutoCloseable> closeAtEnd = new java.util.ArrayDeque<>();

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final DevTokenIssuer issuer;
    private final Path publicKey;

    private TestStack() {
        try {
            Path home = Files.createTempDirectory("lawfirm-test-");
            postgres = EmbeddedPostgresServer.start(null, 0, true);
            postgres.createDatabase(KEY_STORE);
            kafka = EmbeddedKafkaBroker.start(home.resolve("kafka"), 0);
            issuer = DevTokenIssuer.ephemeral();
            publicKey = issuer.writePublicKey(home.resolve("dev-issuer.pem"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // PostgreSQL stops itself at JVM exit (its own shutdown hook); the broker lives in this JVM and ends with it.
        // Closing them here would race the Spring contexts that still use them while they shut down.
    }

    public static synchronized TestStack get() {
        if (instance == null) {
            instance = new TestStack();
        }
        return instance;
    }

    /**
     * Closes {@code resource} when the test run ends, before the JVM exits, while PostgreSQL and Kafka still run
     * (last registered, first closed).
     */
    public static synchronized void closeAtEnd(AutoCloseable resource) {
        closeAtEnd.push(resource);
    }

    static synchronized void closeAll() {
        while (!closeAtEnd.isEmpty()) {
            try {
                closeAtEnd.pop().close();
            } catch (Exception e) {
                System.err.println("closing a test resource failed: " + e);
            }
        }
    }

    /** Properties that point a service at this stack, with {@code database} created for it. */
    public Map<String, Object> serviceProperties(String database) {
        postgres.createDatabase(database);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", postgres.jdbcUrl(database));
        props.put("spring.datasource.username", postgres.user());
        props.put("spring.datasource.password", postgres.password());
        props.put("lawfirm.bus.bootstrap-servers", kafka.bootstrapServers());
        props.put("lawfirm.bus.partitions", 3);
        props.put("lawfirm.bus.poll-timeout", "100ms");
        props.put("spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + publicKey);
        // every service of the JVM shares one store of the data subjects' keys, as in the suite
        props.put("lawfirm.privacy.master-key", MASTER_KEY);
        props.put("lawfirm.privacy.key-store.url", postgres.jdbcUrl(KEY_STORE));
        props.put("lawfirm.privacy.key-store.username", postgres.user());
        props.put("lawfirm.privacy.key-store.password", postgres.password());
        props.put("server.port", 0);
        // the tests count the days they expect in UTC; FirmDayTest and the aggregates' tests cover another zone
        props.put("lawfirm.firm.zone", "UTC");
        return props;
    }

    /** Registers {@link #serviceProperties} for a {@code @SpringBootTest}. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        get().serviceProperties(database).forEach((key, value) -> registry.add(key, () -> value));
    }

    public String token(String user, String... roles) {
        return issuer.token(user, List.of(roles));
    }

    public String bearer(String user, String... roles) {
        return "Bearer " + token(user, roles);
    }

    /**
     * A PostgreSQL read-model store on a {@code database} of its own, with the kit's tables, for tests of a read model's
     * handlers without a Spring context.
     */
    public PostgresReadModelStore readModels(String database) {
        Map<String, Object> props = serviceProperties(database);
        DriverManagerDataSource dataSource = new DriverManagerDataSource((String) props.get("spring.datasource.url"),
                (String) props.get("spring.datasource.username"), (String) props.get("spring.datasource.password"));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/kit").load().migrate();
        return new PostgresReadModelStore(new JdbcTemplate(dataSource), new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }
}
