package com.lawfirm.intake.inquiry;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.events.Topics;
import com.lawfirm.events.conflict.ConflictCheckCleared;
import com.lawfirm.events.conflict.ConflictCheckDeclined;
import com.lawfirm.events.conflict.Waiver;
import com.lawfirm.events.matter.ClientReferralRecorded;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.intake.IntakeServiceApplication;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An inquiry through HTTP on a real PostgreSQL and Kafka: the conflict check request goes out on intake's topic, the
 * outcome comes back on conflict-service's topic and unblocks or closes the inquiry, once, however often delivered.
 */
@SpringBootTest(classes = IntakeServiceApplication.class, properties = {"spring.config.name=intake-service",
        "lawfirm.service.name=intake", "lawfirm.intake.stale-after-days=0"})
@AutoConfigureMockMvc
@DirtiesContext
class InquiryFlowTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "intake_inquiry_flow");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EnvelopeCodec codec;

    private final String intake = TestStack.get().bearer("chen.jing", "INTAKE");
    private final String lawyer = TestStack.get().bearer("li.na", "LAWYER");

    private static final String NEW_INQUIRY = """
            {"source":{"channel":"CLIENT_REFERRAL","referrerClientId":"client-7","note":"王总介绍"},
             "prospect":{"kind":"ORGANIZATION","name":"长沙精和环保科技有限公司",
                         "contacts":[{"kind":"PHONE","value":"+86 731 0000 0000","label":"法务"}]},
             "roughNeed":"买卖合同纠纷 sales contract dispute","owner":"chen.jing"}""";
    private static final String PARTIES = """
            {"parties":[{"role":"PROSPECTIVE_CLIENT","kind":"ORGANIZATION","name":"长沙精和环保科技有限公司"},
                        {"role":"ADVERSE","kind":"ORGANIZATION","name":"杭州澜海智能科技有限公司",
                         "identifiers":[{"scheme":"CN_USCC","value":"91330106MA2H8K3L08"}]}]}""";
    private static final String INTERVIEW = """
            {"date":"2026-11-03","attendees":["李娜 Li Na","王总"],"content":"谈话笔录：2025 年签订买卖合同……","confirmedByClient":true}""";
    private static final String PROPOSAL = """
            {"objectives":"收回货款 200 万元","scope":"一审诉讼","strategy":"先发律师函，再起诉","expectedOutcome":"调解或判决",
             "quote":{"currency":"CNY","amountInDispute":2000000.00,"basis":"分阶段收费",
                      "components":[{"model":"STAGED","amount":30000.00,"milestone":"立案"},
                                    {"model":"STAGED","amount":50000.00,"milestone":"一审判决"}]}}""";

    @Test
    void aClearedCheckUnblocksStageTwoThroughToAnAcceptedProposal() throws Exception {
        String id = open();
        call(post("/api/inquiries/" + id + "/contacts"), intake,
                "{\"channel\":\"PHONE\",\"at\":\"2026-11-02T03:00:00Z\",\"withWhom\":\"王总\",\"summary\":\"初步沟通\"}")
                .andExpect(status().isAccepted());
        long before = events();
        call(post("/api/inquiries/" + id + "/interviews"), lawyer, INTERVIEW)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("conflict-check-not-cleared"));
        assertThat(events()).isEqualTo(before);

        String checkId = JsonPath.read(call(post("/api/inquiries/" + id + "/conflict-check"), intake, PARTIES)
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.checkId");
        kafka().awaitPublished(Topics.INTAKE,
                e -> e.type().endsWith("ConflictCheckRequested") && e.payload().path("checkId").asText().equals(checkId));
        call(post("/api/inquiries/" + id + "/proposals"), lawyer, PROPOSAL)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("conflict-check-not-cleared"));

        ConflictCheckCleared cleared = new ConflictCheckCleared(checkId, id,
                List.of(new Waiver("杭州澜海智能科技有限公司", "waiver-2026-017.pdf", true, List.of("zhou.lei"))));
        String eventId = kafka().publish(Topics.CONFLICT, cleared);
        kafka().publishAgain(Topics.CONFLICT, cleared, eventId); // the same event once more: nothing changes twice
        awaitStage(id, "CLEARED");
        mvc.perform(get("/api/inquiries/" + id).header("Authorization", intake))
                .andExpect(jsonPath("$.conflictCheck.waivers[0].screenedStaff[0]").value("zhou.lei"))
                .andExpect(jsonPath("$.prospect.name").value("长沙精和环保科技有限公司"));

        call(post("/api/inquiries/" + id + "/interviews"), lawyer, INTERVIEW).andExpect(status().isCreated());
        call(post("/api/inquiries/" + id + "/assessment"), lawyer,
                "{\"legalIssues\":[\"违约责任\"],\"successLikelyFromPercent\":60,\"successLikelyToPercent\":75,\"difficulty\":\"MEDIUM\"}")
                .andExpect(status().isAccepted());
        call(post("/api/inquiries/" + id + "/proposals"), lawyer, PROPOSAL)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1));
        call(post("/api/inquiries/" + id + "/proposals/1/rejection"), lawyer, "{\"reason\":\"费用过高\"}")
                .andExpect(status().isAccepted());
        call(post("/api/inquiries/" + id + "/proposals"), lawyer, PROPOSAL.replace("30000.00", "20000.00"))
                .andExpect(jsonPath("$.version").value(2));
        call(post("/api/inquiries/" + id + "/proposals/2/acceptance"), lawyer, "{\"acceptedOn\":\"2026-11-20\"}")
                .andExpect(status().isAccepted());
        awaitStage(id, "PROPOSAL_ACCEPTED");
        mvc.perform(get("/api/inquiries/" + id).header("Authorization", lawyer))
                .andExpect(jsonPath("$.acceptedVersion").value(2))
                .andExpect(jsonPath("$.proposals[0].status").value("REJECTED"))
                .andExpect(jsonPath("$.interviews[0].content").value("谈话笔录：2025 年签订买卖合同……"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_id = ? AND payload_type LIKE '%InquiryConflictCleared'",
                Long.class, id)).isEqualTo(1);
    }

    @Test
    void aDeclinedCheckClosesTheInquiryWithALetterThatNamesNoOne() throws Exception {
        String id = open();
        String checkId = JsonPath.read(call(post("/api/inquiries/" + id + "/conflict-check"), intake, PARTIES)
                .andReturn().getResponse().getContentAsString(), "$.checkId");
        kafka().publish(Topics.CONFLICT, new ConflictCheckDeclined(checkId, id, "对方杭州澜海智能科技有限公司为本所现任客户 (T-0001)"));
        awaitStage(id, "DECLINED");
        call(post("/api/inquiries/" + id + "/interviews"), lawyer, INTERVIEW)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("inquiry-closed"));
        for (String language : List.of("ZH", "EN")) {
            String letter = mvc.perform(get("/api/inquiries/" + id + "/decline-letter").param("language", language)
                    .header("Authorization", intake)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(letter).contains("长沙精和环保科技有限公司").doesNotContain("澜海").doesNotContain("T-0001");
        }
        mvc.perform(get("/api/inquiries").param("stage", "DECLINED").header("Authorization", intake))
                .andExpect(jsonPath("$.items[*].inquiryId", hasItem(id)));
        mvc.perform(get("/api/inquiries").param("stale", "true").header("Authorization", intake))
                .andExpect(jsonPath("$.items[*].inquiryId", not(hasItem(id))));
    }

    @Test
    void aReferralRecordedOnAMatterOpensOneInquiryCreditingTheClient() throws Exception {
        String referral = UUID.randomUUID().toString();
        ClientReferralRecorded referred = new ClientReferralRecorded("matter-1", referral,
                ClientReferralRecorded.inquiryIdOf(referral), "client-9", "无锡恒越精密机械有限公司", PartyKind.ORGANIZATION,
                "苏州澄湖新材料有限公司", List.of(), "股权纠纷 Shareholder dispute", "li.na", LocalDate.of(2026, 11, 28));
        String eventId = kafka().publish(Topics.MATTER, referred);
        kafka().publishAgain(Topics.MATTER, referred, eventId);
        String id = ReferralPolicy.inquiryId(referral);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/inquiries/" + id).header("Authorization", intake))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.source.channel").value("CLIENT_REFERRAL"))
                        .andExpect(jsonPath("$.source.referrerClientId").value("client-9"))
                        .andExpect(jsonPath("$.owner").value("li.na")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void openInquiriesWithNoRecentActivityAreStale() throws Exception {
        String id = open();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/inquiries").param("stale", "true").header("Authorization", intake))
                        .andExpect(jsonPath("$.items[*].inquiryId", hasItem(id))));
    }

    @Test
    void badInputIs400NamingTheFieldAndWritesNothing() throws Exception {
        long before = events();
        call(post("/api/inquiries"), intake, NEW_INQUIRY.replace("\"source\":{\"channel\":\"CLIENT_REFERRAL\",\"referrerClientId\":\"client-7\",\"note\":\"王总介绍\"},", ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("source")));
        call(post("/api/inquiries"), intake, NEW_INQUIRY.replace("CLIENT_REFERRAL", "BILLBOARD"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("source.channel")));
        call(post("/api/inquiries"), intake, NEW_INQUIRY.replace("长沙精和环保科技有限公司", "长".repeat(201)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("prospect.name")));
        String id = open();
        before = events();
        call(post("/api/inquiries/" + id + "/conflict-check"), intake, "{\"parties\":[]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("parties")));
        call(post("/api/inquiries/" + id + "/conflict-check"), intake,
                "{\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"PERSON\",\"name\":\"刘洋\"}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("parties")));
        call(post("/api/inquiries/" + id + "/contacts"), intake, "{\"channel\":\"PHONE\",\"summary\":\"x\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("at")));
        assertThat(events()).isEqualTo(before);
        call(post("/api/inquiries/" + id + "/decline"), intake, "{\"reason\":\"NO_CAPACITY\"}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/inquiries/" + UUID.randomUUID()).header("Authorization", intake)).andExpect(status().isNotFound());
    }

    private KafkaTestClient kafka() {
        return new KafkaTestClient(codec);
    }

    private String open() throws Exception {
        return JsonPath.read(call(post("/api/inquiries"), intake, NEW_INQUIRY).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String token, String body) throws Exception {
        return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void awaitStage(String id, String stage) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/inquiries/" + id).header("Authorization", intake))
                        .andExpect(jsonPath("$.stage").value(stage)));
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
