package com.lawfirm.notification.reminders;

import com.lawfirm.kit.privacy.SealedPayloads;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.notification.NotificationServiceApplication;
import com.lawfirm.notification.rules.Notifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A reminder scheduled before the service stops goes out after it starts again: it waited in PostgreSQL. */
class ReminderRestartTest {

    private final Map<String, Object> properties = new HashMap<>(TestStack.get().serviceProperties("notification_restart"));
    private ConfigurableApplicationContext running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void aReminderScheduledBeforeARestartStillGoesOut() {
        running = start();
        String reminder = "deadline:" + UUID.randomUUID();
        // the task's title is the client's record: kept sealed while it waits, opened when it goes out
        running.getBean(Reminders.class).schedule(reminder, Instant.now().plus(Duration.ofSeconds(20)),
                new Reminder(Notifier.DEADLINE_APPROACHING, Map.of("matterId", "m-restart", "owner", "li.na",
                        "dueOn", "2026-12-01", "days", "3"), running.getBean(SealedPayloads.class)
                        .seal(new DeadlineTask("m-restart", "提交证据 Submit evidence"))));
        running.close();

        JdbcTemplate jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                properties.get("spring.datasource.url").toString(), properties.get("spring.datasource.username").toString(),
                properties.get("spring.datasource.password").toString()));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Long.class, reminder))
                .as("still waiting while the service is down").isEqualTo(1);
        assertThat(new String(jdbc.queryForObject("SELECT task_data FROM scheduled_tasks WHERE task_instance = ?",
                byte[].class, reminder), StandardCharsets.UTF_8)).contains("m-restart").doesNotContain("提交证据");

        running = start();
        ReadModelStore store = running.getBean(ReadModelStore.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> store.find("inbox", ReadModelQuery.all().eq("recipient", "li.na")
                .eq("templateKey", "deadline-approaching").eq("subjectId", "m-restart").page(0, 10), Object.class).total() == 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Long.class, reminder))
                .as("gone once it went out").isZero();
        assertThat(jdbc.queryForObject("SELECT doc::text FROM read_model WHERE collection = 'inbox'"
                + " AND doc->>'subjectId' = 'm-restart'", String.class)).contains("提交证据 Submit evidence");
    }

    private ConfigurableApplicationContext start() {
        Map<String, Object> args = new HashMap<>(properties);
        args.put("spring.config.name", "notification-service");
        args.put("lawfirm.service.name", "notification");
        args.put("lawfirm.notification.reminders.poll-interval", "PT1S");
        args.put("server.port", "0");
        // as arguments: they must outrank the kit's own defaults, as a deployment's settings do
        return new SpringApplicationBuilder(NotificationServiceApplication.class)
                .run(args.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
