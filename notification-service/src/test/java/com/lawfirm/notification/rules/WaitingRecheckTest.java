package com.lawfirm.notification.rules;

import com.lawfirm.events.Topics;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.KeyEventKind;
import com.lawfirm.events.matter.KeyEventRecorded;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.notification.FirstInboxRowRefused;
import com.lawfirm.notification.NotificationServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A notification left waiting for a fact that arrived as it was deferred (what a reminder firing as the rules learn
 * the matter can leave behind: it read the facts before the rules' commit, and deferred itself after the rules had
 * looked) goes out all the same, on the next look; one whose sending fails stays waiting for the look after.
 */
@SpringBootTest(classes = NotificationServiceApplication.class, properties = {"spring.config.name=notification-service",
        "lawfirm.service.name=notification", "lawfirm.notification.waiting.recheck-every=PT1S"})
@AutoConfigureMockMvc
@DirtiesContext
class WaitingRecheckTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "notification_waiting");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;
    @Autowired
    ReadModelStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifier notifier;

    private final String lead = TestStack.get().bearer("li.na", "LAWYER");

    @Test
    void aNotificationDeferredAsItsMatterBecameKnownGoesOutAllTheSame() throws Exception {
        String matter = openWithLead();
        String id = leftWaiting(matter);
        await().atMost(WAIT).untilAsserted(() -> inbox()
                .andExpect(jsonPath("$[?(@.subjectId == '" + matter + "')].templateKey").value(hasItem("key-event-late"))));
        assertThat(store.get(WaitingNotifications.COLLECTION, id, Object.class)).isEmpty();
    }

    /** The look deletes the waiting notification and sends it in one transaction: a failed send leaves it waiting. */
    @Test
    void oneWhoseSendingFailsIsSentOnTheNextLook() throws Exception {
        String matter = openWithLead();
        try (FirstInboxRowRefused refused = new FirstInboxRowRefused(jdbc, "waiting_deliveries",
                "NEW.doc->>'subjectId' = '" + matter + "'")) {
            String id = leftWaiting(matter);
            await().atMost(WAIT).untilAsserted(() -> inbox()
                    .andExpect(jsonPath("$[?(@.subjectId == '" + matter + "')].templateKey").value(hasItem("key-event-late"))));
            assertThat(refused.tries()).as("refused once, then delivered").isEqualTo(2);
            assertThat(store.get(WaitingNotifications.COLLECTION, id, Object.class)).isEmpty();
        }
    }

    /** A late key event's notification, left waiting for a matter the rules already know. */
    private String leftWaiting(String matter) {
        WaitingNotifications.Pending left = new WaitingNotifications.Pending();
        left.waitingFor = "matter:" + matter;
        left.rule = Notifier.KEY_EVENT_LATE;
        left.eventId = "reminder:late:" + matter;
        left.at = Instant.now();
        left.values = notifier.valuesOf(new KeyEventRecorded(matter, "k-" + matter, KeyEventKind.RULING,
                "调解书 Mediation statement", Instant.now().minus(Duration.ofHours(30)), Instant.now().minus(Duration.ofHours(6))));
        left.deferredMillis = System.currentTimeMillis();
        store.upsert(WaitingNotifications.COLLECTION, left.key(), 1, left);
        return left.key();
    }

    private String openWithLead() {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String matter = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        kafka.publish(Topics.MATTER, "Matter", matter, 0, new MatterOpened(matter, "2026-LIT-0044", "e-1", "inq-1", "c-1",
                "无锡恒越精密机械有限公司", MatterType.CIVIL_LITIGATION, "买卖合同纠纷", List.of(), today, null));
        kafka.publish(Topics.MATTER, "Matter", matter, 1, new TeamMemberAssigned(matter, "s-1", "li.na", "李娜",
                TeamRole.LEAD_LAWYER, today));
        await().atMost(WAIT).until(() -> store.get(Facts.MATTERS, matter, Facts.Matter.class)
                .map(known -> "li.na".equals(known.lead)).orElse(false));
        return matter;
    }

    private ResultActions inbox() throws Exception {
        return mvc.perform(get("/api/inbox").header("Authorization", lead));
    }
}
