package com.lawfirm.notification.reminders;

import com.lawfirm.embedded.EmbeddedKafkaBroker;
import com.lawfirm.embedded.EmbeddedPostgresServer;
import com.lawfirm.events.Topics;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.ServiceJvm;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.notification.NotificationServiceApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders through every fault the suite is built to survive, under a steady stream of billing's invoices (half
 * already 40 days overdue, half falling due in 30 days): notification-service, in a JVM of its own, is killed (kill -9)
 * and started again; its Kafka broker is stopped for about half a minute and started again; its PostgreSQL is
 * restarted. After each, every invoice issued so far has its reminder — none lost. At the end every invoice event is
 * delivered a second time with its own id, and once the service has read all of it: exactly one overdue notice per
 * overdue invoice (once every due reminder has gone out), exactly one reminder waiting per invoice falling due
 * later, nothing else.
 */
class ReminderFaultTest {

    /** notification-service's consumers of billing's events (notification-service.yml). */
    private static final List<String> BILLING_READERS = List.of("rules", "billing-rules", "webhooks");

    @TempDir
    Path data;

    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker broker;
    private ServiceJvm notification;

    @AfterEach
    void stopAll() {
        if (notification != null) {
            notification.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyReminderIsScheduledOnceThroughAKill9ABrokerStopADatabaseRestartAndARedelivery() throws Exception {
        postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), 0, false);
        int databasePort = postgres.port();
        postgres.createDatabase("notification");
        postgres.createDatabase(TestStack.KEY_STORE);
        broker = EmbeddedKafkaBroker.start(data.resolve("kafka"), 0);
        int brokerPort = broker.port();
        notification = startNotification();

        try (InvoiceStream billing = new InvoiceStream(KafkaTestClient.on(broker.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> overdueNotices().size() >= 5);

            notification.kill();
            billing.awaitIssued(40);
            notification = startNotification();
            billing.awaitIssued(20);
            assertNoneLost(billing.issued(), "after kill -9 of notification-service");

            billing.holdWhileTheBrokerIsAway();
            broker.close();
            long down = System.nanoTime();
            billing.awaitHeld(500);
            broker = EmbeddedKafkaBroker.start(data.resolve("kafka"), brokerPort);
            System.out.printf("the broker was away %.0f s while billing issued %d invoices%n",
                    (System.nanoTime() - down) / 1e9, billing.held());
            billing.release();
            billing.awaitIssued(20);
            assertNoneLost(billing.issued(), "after the broker came back");

            postgres.close();
            billing.awaitIssued(60);
            postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), databasePort, false);
            billing.awaitIssued(40);
            assertNoneLost(billing.issued(), "after the database came back");

            billing.stop();
            billing.deliverEverythingAgain();
            List<InvoiceStream.Invoice> issued = billing.issued();
            awaitEverythingRead();
            awaitEveryDueReminderGoneOut();

            assertThat(overdueNotices()).as("one overdue notice per overdue invoice, and no other")
                    .isEqualTo(issued.stream().filter(InvoiceStream.Invoice::overdue)
                            .collect(Collectors.toMap(InvoiceStream.Invoice::matterId, invoice -> 1L)));
            assertThat(waiting()).as("one reminder waiting per invoice falling due later, and nothing else")
                    .isEqualTo(issued.stream().filter(invoice -> !invoice.overdue())
                            .map(invoice -> InvoiceReminderRules.overdue(invoice.id())).sorted().toList());
        }
    }

    /** Every invoice issued so far has its notice or its waiting reminder (more may have come since). */
    private void assertNoneLost(List<InvoiceStream.Invoice> issued, String when) {
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> {
            Map<String, Long> notices = overdueNotices();
            List<String> waiting = waiting();
            assertThat(issued.stream().filter(InvoiceStream.Invoice::overdue).map(InvoiceStream.Invoice::matterId)
                    .filter(matter -> !notices.containsKey(matter)).toList())
                    .as("overdue invoices without their notice " + when).isEmpty();
            assertThat(issued.stream().filter(invoice -> !invoice.overdue())
                    .map(invoice -> InvoiceReminderRules.overdue(invoice.id())).filter(id -> !waiting.contains(id)).toList())
                    .as("invoices falling due later without their reminder " + when).isEmpty();
        });
    }

    /**
     * Until each of the service's consumers of billing's events has committed its position at the end of the topic:
     * positions are committed after the transaction that handled the events, so all of it, redeliveries included, has
     * been handled.
     */
    private void awaitEverythingRead() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(180)).until(() -> {
                Map<TopicPartition, Long> ends = new HashMap<>();
                for (var end : admin.listOffsets(partitions(admin).stream()
                        .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()))).all().get().entrySet()) {
                    ends.put(end.getKey(), end.getValue().offset());
                }
                for (String reader : BILLING_READERS) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                            "lawfirm.notification." + reader).partitionsToOffsetAndMetadata().get();
                    for (var end : ends.entrySet()) {
                        OffsetAndMetadata position = committed.get(end.getKey());
                        if (end.getValue() > 0 && (position == null || position.offset() < end.getValue())) {
                            return false;
                        }
                    }
                }
                return true;
            });
        }
    }

    /**
     * Until no reminder that is due is left waiting. One whose notice went out just as the database went away stays
     * picked (its completion could not be written) until the scheduler finds it dead, six heartbeats later, and runs it
     * again; the notice is not repeated, and only then is the reminder gone.
     */
    private void awaitEveryDueReminderGoneOut() {
        await().atMost(Duration.ofSeconds(120)).until(() -> query("SELECT task_instance FROM scheduled_tasks"
                + " WHERE task_name = '" + Reminders.TASK + "' AND execution_time <= now()").isEmpty());
    }

    private static List<TopicPartition> partitions(Admin admin) throws Exception {
        return admin.describeTopics(List.of(Topics.BILLING)).allTopicNames().get().get(Topics.BILLING).partitions()
                .stream().map(info -> new TopicPartition(Topics.BILLING, info.partition())).toList();
    }

    /** Overdue notices in the inbox, counted by matter. */
    private Map<String, Long> overdueNotices() throws Exception {
        return query("SELECT doc->>'subjectId' FROM read_model WHERE collection = 'inbox'"
                + " AND doc->>'templateKey' = 'invoice-overdue'").stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private List<String> waiting() throws Exception {
        return query("SELECT task_instance FROM scheduled_tasks WHERE task_name = '" + Reminders.TASK + "'")
                .stream().sorted().toList();
    }

    private List<String> query(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("notification"), postgres.user(),
                postgres.password()); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private ServiceJvm startNotification() {
        // the shared stack's token issuer and settings; everything the faults touch is this test's own
        Map<String, Object> props = new HashMap<>(TestStack.get().serviceProperties("notification_fault_settings"));
        props.put("spring.datasource.url", postgres.jdbcUrl("notification"));
        props.put("spring.datasource.username", postgres.user());
        props.put("spring.datasource.password", postgres.password());
        props.put("spring.datasource.hikari.connection-timeout", 2000);
        props.put("lawfirm.privacy.key-store.url", postgres.jdbcUrl(TestStack.KEY_STORE));
        props.put("lawfirm.bus.bootstrap-servers", broker.bootstrapServers());
        props.put("lawfirm.notification.reminders.poll-interval", "PT1S");
        // a reminder running at the kill runs again after six missed heartbeats
        props.put("lawfirm.notification.reminders.heartbeat", "PT2S");
        props.remove("server.port");
        return ServiceJvm.start(NotificationServiceApplication.class, props,
                Path.of("target", "reminder-fault", "notification-service.log")).awaitReady(Duration.ofMinutes(3));
    }
}
