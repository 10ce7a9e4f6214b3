package com.lawfirm.notification.reminders;

import com.lawfirm.events.Topics;
import com.lawfirm.events.billing.InvoiceDrafted;
import com.lawfirm.events.billing.InvoiceIssued;
import com.lawfirm.events.billing.InvoiceLine;
import com.lawfirm.events.billing.PaymentAllocation;
import com.lawfirm.events.billing.PaymentReceived;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.FeeSettlementAcknowledged;
import com.lawfirm.events.matter.KeyEventCommunicated;
import com.lawfirm.events.matter.KeyEventKind;
import com.lawfirm.events.matter.KeyEventRecorded;
import com.lawfirm.events.matter.MaterialReceived;
import com.lawfirm.events.matter.MaterialReturnedToClient;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.PlanItem;
import com.lawfirm.events.matter.PlanItemCompleted;
import com.lawfirm.events.matter.PlanItemKind;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.events.matter.WorkPlanDrafted;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.notification.FirstInboxRowRefused;
import com.lawfirm.notification.NotificationServiceApplication;
import com.lawfirm.notification.rules.Facts;
import com.lawfirm.notification.rules.Notifier;
import com.lawfirm.notification.rules.WaitingNotifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The matter's and the invoices' notifications from Kafka, on a real PostgreSQL: what goes out at once, what waits in
 * the scheduler until its time, and what is cancelled when its reason goes away.
 */
@SpringBootTest(classes = NotificationServiceApplication.class, properties = {"spring.config.name=notification-service",
        "lawfirm.service.name=notification", "lawfirm.notification.reminders.poll-interval=PT1S"})
@AutoConfigureMockMvc
@DirtiesContext
class ReminderFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "notification_reminders");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;
    @Autowired
    Reminders reminders;
    @Autowired
    ReadModelStore store;
    @Autowired
    JdbcTemplate jdbc;

    private final String lead = TestStack.get().bearer("li.na", "LAWYER");

    @Test
    void theLeadHearsOfKeyEventsAndAgainWhenTheClientIsNotToldInTime() throws Exception {
        String matter = openWithLead();
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String late = "k-" + UUID.randomUUID();
        kafka.publish(Topics.MATTER, "Matter", matter, 2, new KeyEventRecorded(matter, late, KeyEventKind.RULING,
                "一审判决 First-instance judgment", Instant.now().minus(Duration.ofHours(30)),
                Instant.now().minus(Duration.ofHours(6))));
        await().atMost(WAIT).untilAsserted(() -> inbox(lead)
                .andExpect(jsonPath("$[*].templateKey", hasItem("matter-assigned")))
                .andExpect(jsonPath("$[*].templateKey", hasItem("key-event-recorded")))
                .andExpect(jsonPath("$[*].templateKey", hasItem("key-event-late")))
                .andExpect(jsonPath("$[?(@.templateKey == 'matter-assigned')].text.zh.title").value(hasItem("您已加入案件 2026-LIT-0042")))
                .andExpect(jsonPath("$[?(@.templateKey == 'key-event-late')].text.zh.body")
                        .value(hasItem(containsString("一审判决 First-instance judgment")))));

        String told = "k-" + UUID.randomUUID();
        kafka.publish(Topics.MATTER, "Matter", matter, 3, new KeyEventRecorded(matter, told, KeyEventKind.HEARING_SCHEDULED,
                "开庭定于12月10日 Hearing set", Instant.now(), Instant.now().plus(Duration.ofHours(48))));
        await().atMost(WAIT).until(() -> reminders.isScheduled(MatterReminderRules.keyEvent(told)));
        // the description is the client's: the waiting reminder keeps it sealed, and opens it when it fires
        assertThat(new String(jdbc.queryForObject("SELECT task_data FROM scheduled_tasks WHERE task_instance = ?",
                byte[].class, MatterReminderRules.keyEvent(told)), StandardCharsets.UTF_8))
                .contains(told).doesNotContain("开庭定于").doesNotContain("Hearing set");
        kafka.publish(Topics.MATTER, "Matter", matter, 4, new KeyEventCommunicated(matter, told, "phone", "周总", "li.na",
                Instant.now()));
        await().atMost(WAIT).until(() -> !reminders.isScheduled(MatterReminderRules.keyEvent(told)));
    }

    /** The reminder is scheduled by one consumer and the lead learnt by another: it may fire before the lead is known. */
    @Test
    void aLateKeyEventFiringBeforeTheLeadIsKnownWaitsForTheLead() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String matter = UUID.randomUUID().toString();
        kafka.publish(Topics.MATTER, "Matter", matter, 0, new MatterOpened(matter, "2026-LIT-0043", "e-1", "inq-1", "c-1",
                "无锡恒越精密机械有限公司", MatterType.CIVIL_LITIGATION, "买卖合同纠纷", List.of(), TODAY, null));
        kafka.publish(Topics.MATTER, "Matter", matter, 1, new KeyEventRecorded(matter, "k-" + matter, KeyEventKind.RULING,
                "二审裁定 Appellate ruling", Instant.now().minus(Duration.ofHours(30)), Instant.now().minus(Duration.ofHours(6))));
        await().atMost(WAIT).until(() -> !store.find(WaitingNotifications.COLLECTION, ReadModelQuery.all()
                .eq("waitingFor", "lead:" + matter).eq("rule", Notifier.KEY_EVENT_LATE), WaitingNotifications.Pending.class)
                .items().isEmpty());

        kafka.publish(Topics.MATTER, "Matter", matter, 2, new TeamMemberAssigned(matter, "s-1", "li.na", "李娜",
                TeamRole.LEAD_LAWYER, TODAY));
        await().atMost(WAIT).untilAsserted(() -> inbox(lead)
                .andExpect(jsonPath("$[?(@.subjectId == '" + matter + "')].templateKey").value(hasItem("key-event-late"))));
    }

    /**
     * A reminder whose delivery fails (here the database refuses its first inbox row) is tried again within seconds,
     * not after the scheduler's default of five minutes.
     */
    @Test
    void aReminderThatFailedIsTriedAgainSoon() {
        String matter = openWithLead();
        // the lead known first, so the reminder itself delivers (not the rules, once they learn the lead)
        await().atMost(WAIT).until(() -> store.get(Facts.MATTERS, matter, Facts.Matter.class)
                .map(known -> "li.na".equals(known.lead)).orElse(false));
        try (FirstInboxRowRefused refused = new FirstInboxRowRefused(jdbc, "late_deliveries",
                "NEW.doc->>'templateKey' = 'key-event-late' AND NEW.doc->>'subjectId' = '" + matter + "'")) {
            new KafkaTestClient(codec).publish(Topics.MATTER, "Matter", matter, 2, new KeyEventRecorded(matter,
                    "k-" + matter, KeyEventKind.RULING, "仲裁裁决 Arbitral award", Instant.now().minus(Duration.ofHours(30)),
                    Instant.now().minus(Duration.ofHours(6))));
            await().atMost(WAIT).untilAsserted(() -> inbox(lead)
                    .andExpect(jsonPath("$[?(@.subjectId == '" + matter + "')].templateKey").value(hasItem("key-event-late"))));
            assertThat(refused.tries()).as("refused once, then delivered").isEqualTo(2);
        }
    }

    @Test
    void taskOwnersAreRemindedBeforeDeadlinesUntilTheTaskIsDone() {
        String matter = openWithLead();
        KafkaTestClient kafka = new KafkaTestClient(codec);
        kafka.publish(Topics.MATTER, "Matter", matter, 2, new WorkPlanDrafted(matter, 1, List.of(new PlanItem("t-1",
                PlanItemKind.TASK, "提交证据目录 File the evidence index", "wang.fang", TODAY.plusDays(10))), "li.na", TODAY));
        await().atMost(WAIT).until(() -> List.of(7, 3, 1).stream()
                .allMatch(days -> reminders.isScheduled(MatterReminderRules.deadline(matter, "t-1", days))));
        assertThat(new String(jdbc.queryForObject("SELECT task_data FROM scheduled_tasks WHERE task_instance = ?",
                byte[].class, MatterReminderRules.deadline(matter, "t-1", 7)), StandardCharsets.UTF_8))
                .as("the task's title, sealed").contains("wang.fang").doesNotContain("提交证据目录");
        kafka.publish(Topics.MATTER, "Matter", matter, 3, new PlanItemCompleted(matter, "t-1", TODAY));
        await().atMost(WAIT).until(() -> List.of(7, 3, 1).stream()
                .noneMatch(days -> reminders.isScheduled(MatterReminderRules.deadline(matter, "t-1", days))));
    }

    @Test
    void anOverdueInvoiceRemindsBillingAndPaymentCancelsTheReminder() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String matter = UUID.randomUUID().toString();
        String overdue = "i-" + UUID.randomUUID();
        String paid = "i-" + UUID.randomUUID();
        issue(kafka, matter, overdue, 0, "INV-2026-00007", TODAY.minusDays(40));
        issue(kafka, matter, paid, 2, "INV-2026-00008", TODAY.plusDays(30));
        String billing = TestStack.get().bearer("qian.kuai", "BILLING");
        await().atMost(WAIT).untilAsserted(() -> inbox(billing)
                .andExpect(jsonPath("$[?(@.templateKey == 'invoice-overdue')].text.en.title")
                        .value(hasItem("Invoice INV-2026-00007 is overdue"))));
        await().atMost(WAIT).until(() -> reminders.isScheduled(InvoiceReminderRules.overdue(paid)));
        kafka.publish(Topics.BILLING, "MatterAccount", matter, 4, new PaymentReceived(matter, "p-1",
                List.of(new PaymentAllocation(paid, new BigDecimal("1060.00"))), new BigDecimal("1060.00"), TODAY, "bank", false));
        await().atMost(WAIT).until(() -> !reminders.isScheduled(InvoiceReminderRules.overdue(paid)));
        inbox(billing).andExpect(jsonPath("$[*].text.en.title", not(hasItem("Invoice INV-2026-00008 is overdue"))));
        assertThat(reminders.isScheduled(InvoiceReminderRules.overdue(overdue))).isFalse();
    }

    @Test
    void settlingTheFeesWhileOriginalsAreHeldTellsTheLeadLawyerWhichToReturn() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String held = openWithLead();
        kafka.publish(Topics.MATTER, "Matter", held, 2, received(held, "m-1", "M-0001", true));
        kafka.publish(Topics.MATTER, "Matter", held, 3, received(held, "m-2", "M-0002", false));
        kafka.publish(Topics.MATTER, "Matter", held, 4, new FeeSettlementAcknowledged(held, TODAY));
        String returned = openWithLead();
        kafka.publish(Topics.MATTER, "Matter", returned, 2, received(returned, "m-3", "M-0001", true));
        kafka.publish(Topics.MATTER, "Matter", returned, 3, new MaterialReturnedToClient(returned, "m-3", TODAY, "陈静", "RCPT-1"));
        kafka.publish(Topics.MATTER, "Matter", returned, 4, new FeeSettlementAcknowledged(returned, TODAY));
        // a later event of the same matter, in order after the settlement: once it is in, the settlement was seen
        kafka.publish(Topics.MATTER, "Matter", returned, 5, new KeyEventRecorded(returned, "k-" + returned, KeyEventKind.RULING,
                "结案通知 Closing notice", Instant.now(), Instant.now().plus(Duration.ofDays(1))));

        String lead = TestStack.get().bearer("li.na", "LAWYER");
        await().atMost(WAIT).untilAsserted(() -> inbox(lead)
                .andExpect(jsonPath("$[?(@.subjectId == '" + held + "' && @.templateKey == 'originals-held')].text.en.body")
                        .value(hasItem(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("M-0001"),
                                not(org.hamcrest.Matchers.containsString("M-0002"))))))
                .andExpect(jsonPath("$[?(@.subjectId == '" + returned + "')].templateKey").value(hasItem("key-event-recorded"))));
        inbox(lead).andExpect(jsonPath("$[?(@.subjectId == '" + returned + "')].templateKey").value(not(hasItem("originals-held"))));
    }

    private static MaterialReceived received(String matter, String id, String number, boolean original) {
        return new MaterialReceived(matter, id, number, "购销合同 Sales contract", original, 12, original ? 1 : 0, "陈静",
                "li.na", TODAY, "A-03");
    }

    private String openWithLead() {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String matter = UUID.randomUUID().toString();
        kafka.publish(Topics.MATTER, "Matter", matter, 0, new MatterOpened(matter, "2026-LIT-0042", "e-1", "inq-1", "c-1",
                "无锡恒越精密机械有限公司", MatterType.CIVIL_LITIGATION, "买卖合同纠纷", List.of(), TODAY, null));
        kafka.publish(Topics.MATTER, "Matter", matter, 1, new TeamMemberAssigned(matter, "s-1", "li.na", "李娜",
                TeamRole.LEAD_LAWYER, TODAY));
        return matter;
    }

    private void issue(KafkaTestClient kafka, String matter, String invoice, long seq, String number, LocalDate dueOn) {
        kafka.publish(Topics.BILLING, "MatterAccount", matter, seq, new InvoiceDrafted(matter, invoice, "c-1",
                List.of(new InvoiceLine(null, "首期款 First instalment", new BigDecimal("1000.00"))), new BigDecimal("1000.00"),
                new BigDecimal("0.06"), new BigDecimal("60.00"), new BigDecimal("1060.00"), "CNY", "fin", TODAY));
        kafka.publish(Topics.BILLING, "MatterAccount", matter, seq + 1, new InvoiceIssued(matter, invoice, number,
                dueOn.minusDays(30), dueOn));
    }

    private org.springframework.test.web.servlet.ResultActions inbox(String token) throws Exception {
        return mvc.perform(get("/api/inbox").header("Authorization", token));
    }
}
