package com.lawfirm.notification.inbox;

import com.lawfirm.events.Topics;
import com.lawfirm.events.conflict.ConflictCheckCompleted;
import com.lawfirm.events.conflict.ConflictCheckDeclined;
import com.lawfirm.events.conflict.FrozenHit;
import com.lawfirm.events.conflict.PotentialConflictDiscovered;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.InquiryOpened;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.intake.Prospect;
import com.lawfirm.events.intake.SourceChannel;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.notification.NotificationServiceApplication;
import com.lawfirm.notification.email.ClientDirectory;
import com.lawfirm.notification.rules.Facts;
import com.lawfirm.notification.rules.WaitingNotifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Events from Kafka become inbox notifications in Chinese and English, once per event and recipient. */
@SpringBootTest(classes = NotificationServiceApplication.class,
        properties = {"spring.config.name=notification-service", "lawfirm.service.name=notification"})
@AutoConfigureMockMvc
@DirtiesContext
class InboxFlowTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "notification_inbox");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;
    @Autowired
    ReadModelStore store;
    @Autowired
    JdbcTemplate jdbc;

    /** A client's registration matters to the client directory, not to the rules: they pass it over unread. */
    @Test
    void eventsNoRuleNamesAndNoFactComesFromAreNotReadByTheRules() {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String key = UUID.randomUUID().toString();
        String registered = kafka.publish(Topics.INTAKE, "Client", key, 0, new ClientRegistered("c-" + key,
                PartyKind.PERSON, "王小明 Wang Xiaoming", List.of(), List.of(), List.of(), List.of(), Language.ZH, "li.na",
                null, null));
        // in order after it on the same partition: once the rules have learnt this inquiry, they are past the client
        kafka.publish(Topics.INTAKE, "Inquiry", key, 1, new InquiryOpened(key, new ClientSource(SourceChannel.WEBSITE,
                null, null), new Prospect(PartyKind.PERSON, "王小明 Wang Xiaoming", List.of()), "劳动争议", "li.na", null));
        await().atMost(Duration.ofSeconds(30)).until(() -> store.get(Facts.INQUIRIES, key, Object.class).isPresent()
                && store.get(ClientDirectory.COLLECTION, "c-" + key, Object.class).isPresent());

        assertThat(jdbc.queryForList("SELECT consumer FROM consumed_event WHERE event_id = ?", String.class, registered))
                .contains("notification.client-directory").doesNotContain("notification.rules", "notification.matter-rules");
    }

    @Test
    void theOwnerAndTheAnalystsAreNotifiedOnceInBothLanguages() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String owner = "owner-" + UUID.randomUUID();
        String inquiry = UUID.randomUUID().toString();
        InquiryOpened opened = new InquiryOpened(inquiry, new ClientSource(SourceChannel.WEBSITE, null, null),
                new Prospect(PartyKind.ORGANIZATION, "长沙精和环保科技有限公司", List.of()), "合同纠纷", owner, null);
        String eventId = kafka.publish(Topics.INTAKE, "Inquiry", inquiry, 0, opened);
        kafka.publishAgain(Topics.INTAKE, opened, eventId);
        String ownerToken = TestStack.get().bearer(owner, "INTAKE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/inbox").header("Authorization", ownerToken))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$", hasSize(1)))
                        .andExpect(jsonPath("$[0].text.zh.title").value("新的咨询：长沙精和环保科技有限公司"))
                        .andExpect(jsonPath("$[0].text.en.body").value("A new inquiry from WEBSITE was assigned to you; please make contact soon."))
                        .andExpect(jsonPath("$[0].read").value(false)));

        String check = UUID.randomUUID().toString();
        kafka.publish(Topics.CONFLICT, "ConflictCheck", check, 0, new ConflictCheckCompleted(check, inquiry, "INQUIRY", List.of(),
                "matcher-1", Map.of(), List.of(new FrozenHit(0, "NAME", 0.95, "name", "x", "x", "same name", List.of(),
                        null, null, null, null, List.of(), null)), List.of()));
        kafka.publish(Topics.CONFLICT, "ConflictCheck", check, 1, new ConflictCheckDeclined(check, inquiry, "对方为现任客户"));
        String discovery = UUID.randomUUID().toString();
        kafka.publish(Topics.CONFLICT, "PotentialConflict", discovery, 0, new PotentialConflictDiscovered(discovery,
                "AFFILIATION", "a new affiliation links a client with an opponent", "鼎盛投资集团有限公司", "client-1", null,
                List.of(), List.of()));
        String analyst = TestStack.get().bearer("zhou.lei", "CONFLICTS_ANALYST");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/inbox").header("Authorization", analyst))
                        .andExpect(jsonPath("$[?(@.templateKey == 'conflict-hits')].text.zh.title").value("利益冲突检索有 1 条命中"))
                        .andExpect(jsonPath("$[?(@.templateKey == 'potential-conflict')].text.en.title")
                                .value("A re-check found a potential conflict: 鼎盛投资集团有限公司"))
                        // about the client it names: the client's erasure finds it
                        .andExpect(jsonPath("$[?(@.templateKey == 'potential-conflict')].subjectId").value("client-1")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/inbox").header("Authorization", ownerToken))
                        .andExpect(jsonPath("$", hasSize(2)))
                        .andExpect(jsonPath("$[0].templateKey").value("conflict-declined")));

        String id = eventId + ":" + owner;
        mvc.perform(post("/api/inbox/" + id + "/read").header("Authorization", ownerToken)).andExpect(status().isAccepted());
        mvc.perform(get("/api/inbox").header("Authorization", ownerToken))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].read").value(true));
        mvc.perform(post("/api/inbox/" + id + "/read").header("Authorization", analyst)).andExpect(status().isNotFound());
        mvc.perform(get("/api/inbox")).andExpect(status().isUnauthorized());
    }

    @Test
    void theInquiryOwnerHearsThatTheEngagementWasSigned() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String owner = "owner-" + UUID.randomUUID();
        String inquiry = UUID.randomUUID().toString();
        kafka.publish(Topics.INTAKE, "Inquiry", inquiry, 0, new InquiryOpened(inquiry, new ClientSource(SourceChannel.CLIENT_REFERRAL,
                null, null), new Prospect(PartyKind.PERSON, "张伟", List.of()), "离婚财产分割", owner, null));
        kafka.publish(Topics.INTAKE, "Engagement", "e-" + inquiry, 0, new EngagementSigned("e-" + inquiry, inquiry, "c-1", "张伟",
                List.of(), new EngagementTerms("张伟离婚纠纷 Divorce of Zhang Wei", MatterType.CIVIL_LITIGATION, "一审", null, null,
                        null, List.of(), null, null, null, null), 2, "张伟", LocalDate.of(2026, 11, 27), "chen.jing",
                LocalDate.of(2026, 11, 28)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get("/api/inbox").header("Authorization", TestStack.get().bearer(owner, "INTAKE")))
                        .andExpect(jsonPath("$[?(@.templateKey == 'engagement-signed')].text.zh.title").value(hasItem("委托合同已签署：张伟")))
                        .andExpect(jsonPath("$[?(@.templateKey == 'engagement-signed')].text.en.body")
                                .value(hasItem("张伟离婚纠纷 Divorce of Zhang Wei — the matter is being opened; please staff its team."))));
    }

    @Test
    void aChecksOutcomeThatArrivesBeforeItsInquiryWaitsForItsOwner() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String owner = "owner-" + UUID.randomUUID();
        String inquiry = UUID.randomUUID().toString();
        kafka.publish(Topics.CONFLICT, "ConflictCheck", "chk-" + inquiry, 0, new ConflictCheckDeclined("chk-" + inquiry, inquiry,
                "代理双方当事人 Acting for both sides"));
        await().atMost(Duration.ofSeconds(60)).until(() -> store.find(WaitingNotifications.COLLECTION,
                ReadModelQuery.all().eq("waitingFor", "inquiry:" + inquiry).page(0, 10), Object.class).total() == 1);

        kafka.publish(Topics.INTAKE, "Inquiry", inquiry, 0, new InquiryOpened(inquiry, new ClientSource(SourceChannel.PHONE,
                null, null), new Prospect(PartyKind.ORGANIZATION, "Initech LLC", List.of()), "Licensing dispute", owner, null));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get("/api/inbox").header("Authorization", TestStack.get().bearer(owner, "INTAKE")))
                        .andExpect(jsonPath("$[?(@.templateKey == 'conflict-declined')].text.en.title")
                                .value(hasItem("Conflict check declined: Initech LLC"))));
        assertThat(store.find(WaitingNotifications.COLLECTION, ReadModelQuery.all().eq("waitingFor", "inquiry:" + inquiry).page(0, 10),
                Object.class).total()).isZero();
    }

    @Test
    void placeholdersAreFilledAndUnknownOnesLeftEmpty() {
        org.assertj.core.api.Assertions.assertThat(Inbox.render("{a} 与 {b}{c}", Map.of("a", "甲", "b", "$1")))
                .isEqualTo("甲 与 $1");
    }
}
