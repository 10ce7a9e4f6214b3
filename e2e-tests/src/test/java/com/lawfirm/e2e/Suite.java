package com.lawfirm.e2e;

import com.lawfirm.billing.BillingServiceApplication;
import com.lawfirm.conflict.ConflictServiceApplication;
import com.lawfirm.intake.IntakeServiceApplication;
import com.lawfirm.kit.ServiceApplication;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.matter.MatterServiceApplication;
import com.lawfirm.notification.NotificationServiceApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The five services started once per test JVM, each as it starts in production (its own configuration file, its
 * own database, its own topic) on the shared real PostgreSQL and Kafka broker, reached only over HTTP.
 */
final class Suite {

    private static Suite instance;

    private final Map<String, ConfigurableApplicationContext> services = new LinkedHashMap<>();

    private Suite() {
        // a declined prospect's records are kept no years here: its erasure is tested the day it is declined
        start(IntakeServiceApplication.class, IntakeServiceApplication.SERVICE, "--lawfirm.intake.prospect-retention-years=0");
        start(ConflictServiceApplication.class, ConflictServiceApplication.SERVICE);
        start(MatterServiceApplication.class, MatterServiceApplication.SERVICE);
        start(BillingServiceApplication.class, BillingServiceApplication.SERVICE);
        start(NotificationServiceApplication.class, NotificationServiceApplication.SERVICE);
        TestStack.closeAtEnd(() -> services.values().forEach(ConfigurableApplicationContext::close));
    }

    static synchronized Suite get() {
        if (instance == null) {
            instance = new Suite();
        }
        return instance;
    }

    private void start(Class<?> application, String service, String... settings) {
        // command-line arguments outrank the service's own configuration file, as in the launcher
        String[] args = Stream.concat(TestStack.get().serviceProperties(service + "_e2e").entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()), Arrays.stream(settings))
                .toArray(String[]::new);
        services.put(service, ServiceApplication.builder(application, service).run(args));
    }

    String url(String service) {
        int port = ((WebServerApplicationContext) services.get(service)).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    /** The service's own database, for tests that look at what is stored (never to change it). */
    org.springframework.jdbc.core.JdbcTemplate database(String service) {
        return services.get(service).getBean(org.springframework.jdbc.core.JdbcTemplate.class);
    }

    Iterable<String> names() {
        return services.keySet();
    }
}
