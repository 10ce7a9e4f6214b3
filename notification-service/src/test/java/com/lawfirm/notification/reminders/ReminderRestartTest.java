package com.lawfirm.notification.reminders;

import com.lawfirm.events.Topics;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.KeyEventKind;
import com.lawfirm.events.matter.KeyEventRecorded;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.notification.NotificationServiceApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
        String matter = UUID.randomUUID().toString();
        String keyEvent = "k-" + UUID.randomUUID();
        KafkaTestClient kafka = new KafkaTestClient(running.getBean(EnvelopeCodec.class));
        kafka.publish(Topics.MATTER, "Matter", matter, 0, new MatterOpened(matter, "2026-ARB-0007", "e-1", "inq-1", "c-1",
                "Weyland Yutani Corporation", MatterType.COMMERCIAL_ARBITRATION, "仲裁 Arbitration", List.of(), LocalDate.now()));
        kafka.publish(Topics.MATTER, "Matter", matter, 1, new TeamMemberAssigned(matter, "s-1", "li.na", "李娜",
                TeamRole.LEAD_LAWYER, LocalDate.now()));
        // the first consumer-group join on a fresh broker can be slow: the key event's clock starts once it is done
        ReadModelStore facts = running.getBean(ReadModelStore.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> facts.get(MatterFacts.MATTERS, matter, MatterFacts.Matter.class)
                .map(m -> "li.na".equals(m.lead)).orElse(false));
        kafka.publish(Topics.MATTER, "Matter", matter, 2, new KeyEventRecorded(matter, keyEvent, KeyEventKind.EMERGENCY,
                "财产保全被驳回 Preservation refused", Instant.now(), Instant.now().plus(Duration.ofSeconds(15))));
        Reminders reminders = running.getBean(Reminders.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> reminders.isScheduled(MatterReminderRules.keyEvent(keyEvent)));
        running.close();

        JdbcTemplate jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                properties.get("spring.datasource.url").toString(), properties.get("spring.datasource.username").toString(),
                properties.get("spring.datasource.password").toString()));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Long.class,
                MatterReminderRules.keyEvent(keyEvent))).as("still waiting while the service is down").isEqualTo(1);

        running = start();
        ReadModelStore store = running.getBean(ReadModelStore.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> store.find("inbox", ReadModelQuery.all().eq("recipient", "li.na")
                .eq("templateKey", "key-event-late").eq("subjectId", matter).page(0, 10), Object.class).total() == 1);
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
