package com.lawfirm.notification.reminders;

import com.lawfirm.embedded.EmbeddedPostgresServer;
import com.lawfirm.events.Topics;
import com.lawfirm.events.billing.InvoiceDrafted;
import com.lawfirm.events.billing.InvoiceIssued;
import com.lawfirm.events.billing.InvoiceLine;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.notification.NotificationServiceApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders through a restart of the service's PostgreSQL under a steady stream of billing's invoices, and every
 * invoice event delivered a second time afterwards: each invoice issued gets its overdue reminder exactly once — an
 * invoice already overdue has been announced once and has nothing left waiting, one falling due later has one reminder
 * waiting — none lost while the database was away, none added by the redelivery.
 */
class ReminderFaultTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @TempDir
    Path data;

    private EmbeddedPostgresServer postgres;
    private ConfigurableApplicationContext notification;

    @AfterEach
    void stopAll() {
        if (notification != null) {
            notification.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyReminderIsScheduledOnceThroughADatabaseRestartAndARedelivery() throws Exception {
        postgres = EmbeddedPostgresServer.start(data, 0, false);
        int port = postgres.port();
        postgres.createDatabase("notification");
        notification = start();
        JdbcTemplate jdbc = notification.getBean(JdbcTemplate.class);
        KafkaTestClient billing = new KafkaTestClient(notification.getBean(EnvelopeCodec.class));

        Map<String, Invoice> issued = new ConcurrentHashMap<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        ExecutorService load = Executors.newSingleThreadExecutor();
        Future<?> stream = load.submit(() -> {
            for (int i = 0; sending.get(); i++) {
                Invoice invoice = issue(billing, i);
                issued.put(invoice.id(), invoice);
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        });
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> overdueNotices(jdbc).size() >= 5);
            postgres.close();
            int whileAway = issued.size();
            await().atMost(Duration.ofSeconds(30)).until(() -> issued.size() >= whileAway + 60);
            postgres = EmbeddedPostgresServer.start(data, port, false);
            int afterRestart = issued.size();
            await().atMost(Duration.ofSeconds(30)).until(() -> issued.size() >= afterRestart + 40);
        } finally {
            sending.set(false);
            stream.get();
            load.shutdown();
        }
        issued.values().forEach(invoice -> billing.publishAgain(Topics.BILLING, "MatterAccount", invoice.matterId(), 1,
                invoice.event(), invoice.eventId()));

        Map<String, Invoice> overdue = issued.values().stream().filter(Invoice::overdue)
                .collect(Collectors.toMap(Invoice::matterId, Function.identity()));
        List<String> fallingDue = issued.values().stream().filter(invoice -> !invoice.overdue())
                .map(invoice -> InvoiceReminderRules.overdue(invoice.id())).sorted().toList();
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> {
            assertThat(overdueNotices(jdbc)).as("one overdue notice per overdue invoice")
                    .isEqualTo(overdue.keySet().stream().collect(Collectors.toMap(matter -> matter, matter -> 1L)));
            assertThat(waiting(jdbc)).as("one reminder waiting per invoice falling due later, and nothing else")
                    .isEqualTo(fallingDue);
        });
    }

    /** An invoice on a matter of its own, drafted and issued; every other one is already 40 days overdue. */
    private static Invoice issue(KafkaTestClient billing, int n) {
        String matter = "m-" + UUID.randomUUID();
        String invoice = "i-" + UUID.randomUUID();
        LocalDate dueOn = n % 2 == 0 ? TODAY.minusDays(40) : TODAY.plusDays(30);
        billing.publish(Topics.BILLING, "MatterAccount", matter, 0, new InvoiceDrafted(matter, invoice, "c-" + n,
                List.of(new InvoiceLine(null, "律师费 Legal fees", new BigDecimal("1000.00"))), new BigDecimal("1000.00"),
                new BigDecimal("0.06"), new BigDecimal("60.00"), new BigDecimal("1060.00"), "CNY", "fin", TODAY));
        InvoiceIssued issuedEvent = new InvoiceIssued(matter, invoice, "INV-2026-%05d".formatted(n), dueOn.minusDays(30), dueOn);
        String eventId = billing.publish(Topics.BILLING, "MatterAccount", matter, 1, issuedEvent);
        return new Invoice(invoice, matter, dueOn.isBefore(TODAY), issuedEvent, eventId);
    }

    /** Overdue notices in the inbox, counted by matter. */
    private static Map<String, Long> overdueNotices(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT doc->>'subjectId' FROM read_model WHERE collection = 'inbox'"
                        + " AND doc->>'templateKey' = 'invoice-overdue'", String.class).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static List<String> waiting(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT task_instance FROM scheduled_tasks WHERE task_name = ?", String.class,
                Reminders.TASK).stream().sorted().toList();
    }

    private ConfigurableApplicationContext start() {
        // the shared stack's broker and key store; the service's own database on this test's PostgreSQL
        Map<String, Object> props = new HashMap<>(TestStack.get().serviceProperties("notification_fault_unused"));
        props.put("spring.datasource.url", postgres.jdbcUrl("notification"));
        props.put("spring.datasource.username", postgres.user());
        props.put("spring.datasource.password", postgres.password());
        props.put("spring.datasource.hikari.connection-timeout", 2000);
        props.put("spring.config.name", "notification-service");
        props.put("lawfirm.service.name", "notification");
        props.put("lawfirm.notification.reminders.poll-interval", "PT1S");
        // as arguments: they must outrank the service's own settings, as a deployment's do
        return new SpringApplicationBuilder(NotificationServiceApplication.class)
                .run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private record Invoice(String id, String matterId, boolean overdue, InvoiceIssued event, String eventId) {
    }
}
