package com.lawfirm.intake.engagement;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.events.Topics;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.intake.IntakeFlow;
import com.lawfirm.intake.IntakeServiceApplication;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.bus.EventEnvelope;
import com.lawfirm.kit.privacy.SubjectKeys;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A prospect who completes the engagement contract is the firm's client from then on, on a real PostgreSQL: registered
 * in the signature's transaction with the contract's name and the kind, contacts and source the inquiry recorded,
 * bound by the contract (on the bus too, so its matter and its fees are the client's), named by a later inquiry, and
 * erased with its inquiry, its contract and its matter once the firm no longer acts for it.
 */
@SpringBootTest(classes = IntakeServiceApplication.class,
        properties = {"spring.config.name=intake-service", "lawfirm.service.name=intake"})
@AutoConfigureMockMvc
@DirtiesContext
class ProspectClientTest {

    private static final String COMPANY = "长沙精和环保科技有限公司";
    private static final String PERSON = "慕容晓雯";
    private static final String PHONE = "+86 138 0571 6602";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "intake_prospect_client");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SubjectKeys keys;
    @Autowired
    Clock clock;

    private final String intake = TestStack.get().bearer("chen.jing", "INTAKE");
    private final String lawyer = TestStack.get().bearer("li.na", "LAWYER");
    private final String archivist = TestStack.get().bearer("zhao.lei", "ARCHIVIST");

    @Test
    void aProspectWhoSignsIsRegisteredAsTheClientTheContractBinds() throws Exception {
        IntakeFlow flow = new IntakeFlow(mvc, codec);
        String referrer = "client-" + UUID.randomUUID();
        String engagement = flow.approvedEngagement(flow.acceptedInquiry(referrer));
        long registered = count("ClientRegistered");

        signedByBothSides(flow, engagement);
        assertThat(count("ClientRegistered")).as("one client registered with the contract").isEqualTo(registered + 1);
        String client = clientOf(flow, engagement);

        // the contract binds the client on the bus too: the matter and the fees are the client's
        EventEnvelope signed = flow.kafka().awaitPublished(Topics.INTAKE,
                e -> e.type().endsWith("EngagementSigned") && engagement.equals(e.aggregateId()));
        assertThat(signed.payload().path("clientId").asText()).isEqualTo(client);
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/api/clients/" + client).header("Authorization", intake))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(COMPANY))
                .andExpect(jsonPath("$.kind").value("ORGANIZATION"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.source.channel").value("CLIENT_REFERRAL"))
                .andExpect(jsonPath("$.source.referrerClientId").value(referrer)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_id = ?"
                + " AND payload_type LIKE '%.ClientEngaged'", Long.class, client)).isOne();

        // a later inquiry of the same client names it
        flow.call(post("/api/inquiries"), intake, """
                {"source":{"channel":"PHONE"},"prospect":{"kind":"ORGANIZATION","name":"%s"},
                 "roughNeed":"合同审查 contract review","existingClientId":"%s"}""".formatted(COMPANY, client))
                .andExpect(status().isCreated());
    }

    @Test
    void theClientAProspectBecameIsErasedWithItsInquiryContractAndMatter() throws Exception {
        IntakeFlow flow = new IntakeFlow(mvc, codec);
        String inquiry = flow.accepted("""
                {"source":{"channel":"WEBSITE"},"prospect":{"kind":"PERSON","name":"%s",
                 "contacts":[{"kind":"PHONE","value":"%s","label":"手机 mobile"}]},
                 "roughNeed":"劳动争议 labour dispute"}""".formatted(PERSON, PHONE));
        String engagement = flow.approvedEngagement(inquiry);
        signedByBothSides(flow, engagement);
        String client = clientOf(flow, engagement);
        // a person signing the firm's contract is processed to perform it; the contract is the basis recorded
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/api/clients/" + client).header("Authorization", intake))
                .andExpect(jsonPath("$.kind").value("PERSON"))
                .andExpect(jsonPath("$.contacts[0].value").value(PHONE))
                .andExpect(jsonPath("$.consent.method", containsString("委托合同")))
                .andExpect(jsonPath("$.consent.givenOn").value("2026-11-27")));

        // its matter opened and closed, the client is former, its retention over
        LocalDate today = LocalDate.now(clock);
        String matter = UUID.randomUUID().toString();
        flow.kafka().publish(Topics.MATTER, "Matter", matter, 0, new MatterOpened(matter, "2026-LAB-0007", engagement,
                inquiry, client, PERSON, MatterType.CIVIL_LITIGATION, "劳动争议 labour dispute", List.of(),
                today.minusDays(3), null));
        flow.kafka().publish(Topics.MATTER, "Matter", matter, 5, new MatterClosed(matter, "调解结案 settled",
                today.minusDays(3), null, today.minusDays(3), today.plusYears(1)));
        await().atMost(WAIT).untilAsserted(() -> flow.call(post("/api/clients/" + client + "/former"), intake,
                "{\"since\":\"" + today.minusDays(2) + "\",\"reason\":\"matter closed\"}").andExpect(status().isAccepted()));
        flow.call(post("/api/clients/" + client + "/retention"), archivist, "{\"retainUntil\":\"" + today.minusDays(1)
                + "\",\"basis\":\"律师业务档案管理办法 archive rules\"}").andExpect(status().isAccepted());

        flow.call(post("/api/clients/" + client + "/erasure"), archivist, "{}").andExpect(status().isAccepted());

        for (String subject : List.of(client, inquiry, engagement, matter)) {
            assertThat(keys.erasedAt(subject)).as("the key of " + subject).isPresent();
        }
        await().atMost(WAIT).untilAsserted(() -> {
            mvc.perform(get("/api/engagements/" + engagement).header("Authorization", lawyer))
                    .andExpect(jsonPath("$.clientName").value(PersonalData.ERASED))
                    .andExpect(jsonPath("$.terms.matterDescription").value(PersonalData.ERASED));
            mvc.perform(get("/api/inquiries/" + inquiry).header("Authorization", intake))
                    .andExpect(jsonPath("$.prospect.name").value(PersonalData.ERASED));
            mvc.perform(get("/api/clients/" + client).header("Authorization", intake))
                    .andExpect(jsonPath("$.status").value("ERASED"))
                    .andExpect(jsonPath("$.name").value(PersonalData.ERASED));
            mvc.perform(get("/api/clients/" + client + "/overview").header("Authorization", intake))
                    .andExpect(jsonPath("$.matters[0].matterId").value(matter))
                    .andExpect(jsonPath("$.matters[0].description").value(PersonalData.ERASED));
        });
    }

    /**
     * A hold standing on the prospect's records when the contract completes holds the client it became, whose erasure
     * would take the inquiry's key; and a person's request is the client's from then on, not the prospect's.
     */
    @Test
    void aHoldOnTheProspectsRecordsHoldsTheClientItBecame() throws Exception {
        IntakeFlow flow = new IntakeFlow(mvc, codec);
        String inquiry = flow.acceptedInquiry("client-" + UUID.randomUUID());
        String engagement = flow.approvedEngagement(inquiry);
        String holdId = JsonPath.read(flow.call(post("/api/inquiries/" + inquiry + "/legal-holds"), archivist,
                "{\"reason\":\"监管调查 a regulator's inquiry\"}").andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.id");
        String lifted = JsonPath.read(flow.call(post("/api/inquiries/" + inquiry + "/legal-holds"), archivist,
                "{\"reason\":\"已撤回的投诉 a complaint withdrawn\"}").andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.id");
        flow.call(post("/api/inquiries/" + inquiry + "/legal-holds/" + lifted + "/lift"), archivist, "{}")
                .andExpect(status().isAccepted());

        signedByBothSides(flow, engagement);
        String client = clientOf(flow, engagement);

        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/api/clients/" + client).header("Authorization", intake))
                .andExpect(jsonPath("$.legalHolds.length()").value(1))
                .andExpect(jsonPath("$.legalHolds[0].holdId").value(holdId))
                .andExpect(jsonPath("$.legalHolds[0].reason").value("监管调查 a regulator's inquiry")));
        flow.call(post("/api/data-subject-requests"), intake, """
                {"inquiryId":"%s","kind":"ACCESS"}""".formatted(inquiry))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("inquiryId"))
                .andExpect(jsonPath("$.errors[0].message", containsString(client)));
    }

    private void signedByBothSides(IntakeFlow flow, String engagement) throws Exception {
        flow.call(post("/api/engagements/" + engagement + "/signature"), lawyer, """
                {"side":"CLIENT","signatory":"王总","signedOn":"2026-11-26"}""").andExpect(status().isAccepted());
        flow.call(post("/api/engagements/" + engagement + "/signature"), lawyer, IntakeFlow.FIRM_SIGNS)
                .andExpect(status().isAccepted());
        flow.awaitEngagement(engagement, "$.status", "SIGNED");
    }

    /** The client the signed contract binds, as the engagement's read model shows it. */
    private String clientOf(IntakeFlow flow, String engagement) throws Exception {
        String client = JsonPath.read(mvc.perform(get("/api/engagements/" + engagement).header("Authorization", lawyer))
                .andReturn().getResponse().getContentAsString(), "$.clientId");
        assertThat(client).isNotBlank();
        return client;
    }

    private long count(String type) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ?", Long.class,
                "%." + type);
    }
}
