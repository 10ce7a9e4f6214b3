package com.lawfirm.conflict.search;

import com.lawfirm.conflict.ConflictServiceApplication;
import com.lawfirm.events.Topics;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The legacy import and the search through HTTP on a real PostgreSQL and Kafka: imported records become events,
 * reach the graph through Kafka, and are found; importing again adds nothing; events of other services are found too.
 */
@SpringBootTest(classes = ConflictServiceApplication.class,
        properties = {"spring.config.name=conflict-service", "lawfirm.service.name=conflict"})
@AutoConfigureMockMvc
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConflictApiTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "conflict_api");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;

    private final String analyst = TestStack.get().bearer("zhou.lei", "CONFLICTS_ANALYST");
    private String devSet;

    @BeforeAll
    void importTheDevelopmentSet() throws Exception {
        devSet = resource("conflict-import.ndjson");
        post("/api/party-imports", "application/x-ndjson", devSet)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(1509))
                .andExpect(jsonPath("$.rejected").value(0));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get("/api/index/status").header("Authorization", analyst))
                        .andExpect(jsonPath("$.eventsIndexed", greaterThanOrEqualTo(1509))));
    }

    @Test
    void importedRecordsAreFoundWithTheirExplanation() throws Exception {
        search("""
                {"parties":[{"role":"PROSPECTIVE_CLIENT","kind":"ORGANIZATION","name":"杭州澜海数据有限公司",
                             "identifiers":[{"scheme":"CN_USCC","value":"91330106ma2h8k3l08"}]},
                            {"role":"ADVERSE","kind":"PERSON","name":"Liu Yang"},
                            {"role":"PROSPECTIVE_CLIENT","kind":"ORGANIZATION","name":"畅达冷链科技有限公司"},
                            {"role":"ADVERSE","kind":"ORGANIZATION","name":"Massive Cargo"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[?(@.party == 0)].hit.matchKind", hasItem("IDENTIFIER")))
                .andExpect(jsonPath("$.hits[?(@.party == 0)].hit.matters[*].matterRef", hasItem("T-0001")))
                .andExpect(jsonPath("$.hits[?(@.party == 1)].hit.matchKind", hasItem("TRANSLITERATION")))
                .andExpect(jsonPath("$.hits[?(@.party == 1)].hit.matters[*].matterRef", hasItem("T-0002")))
                .andExpect(jsonPath("$.hits[?(@.party == 2)].hit.matchKind", hasItem("AFFILIATE")))
                .andExpect(jsonPath("$.hits[?(@.party == 2)].hit.matters[*].matterRef", hasItem("T-0005")))
                .andExpect(jsonPath("$.hits[?(@.party == 3)].hit.staffId", hasItem("S-0101")));
        search("""
                {"parties":[{"role":"PROSPECTIVE_CLIENT","kind":"ORGANIZATION","name":"上海银河电子有限公司"}]}""")
                .andExpect(jsonPath("$.hits[*].hit.matters[*].matterRef", not(hasItem("T-0001"))));
    }

    @Test
    void anAdHocCheckFreezesItsHitsAndClearsOnceTheRequiredWaiverIsIn() throws Exception {
        String id = com.jayway.jsonpath.JsonPath.read(post("/api/conflict-checks", MediaType.APPLICATION_JSON_VALUE,
                        "{\"purpose\":\"AD_HOC\",\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"PERSON\",\"name\":\"Liu Yang\"}]}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String check = "/api/conflict-checks/" + id;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get(check).header("Authorization", analyst))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.hits[*].matters[*].matterRef", hasItem("T-0002")))
                        .andExpect(jsonPath("$.indexPositions").isNotEmpty())
                        .andExpect(jsonPath("$.status").value("AWAITING_DECISION")));
        post(check + "/decision", MediaType.APPLICATION_JSON_VALUE,
                "{\"assessment\":\"WAIVER_REQUIRED\",\"reasoning\":\"曾为对方当事人\",\"waiversRequiredFrom\":[\"刘洋\"]}")
                .andExpect(status().isAccepted());
        post(check + "/waivers", MediaType.APPLICATION_JSON_VALUE,
                "{\"partyName\":\"赵敏\",\"documentRef\":\"w-1.pdf\",\"ethicalWall\":false}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("partyName"));
        post(check + "/waivers", MediaType.APPLICATION_JSON_VALUE,
                "{\"partyName\":\"刘洋\",\"documentRef\":\"w-2.pdf\",\"ethicalWall\":true,\"screenedStaff\":[\"S-0101\"]}")
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get(check).header("Authorization", analyst)).andExpect(jsonPath("$.status").value("CLEARED")));
        post(check + "/decision", MediaType.APPLICATION_JSON_VALUE, "{\"assessment\":\"ABSOLUTE\",\"reasoning\":\"x\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("check-already-decided"));
    }

    @Test
    void aLateralHiresDisclosedPriorClientIsFoundAsAStaffConflict() throws Exception {
        String staffId = "S-" + UUID.randomUUID();
        KafkaTestClient kafka = new KafkaTestClient(codec);
        kafka.publish(Topics.MATTER, "StaffMember", staffId, 0, new com.lawfirm.events.matter.StaffMemberJoined(staffId,
                "周婷", com.lawfirm.events.matter.StaffRole.LAWYER, List.of(), List.of(), "13101201910000001", null, "zhou.ting"));
        kafka.publish(Topics.MATTER, "StaffMember", staffId, 1, new com.lawfirm.events.matter.StaffDisclosureRecorded(staffId,
                "周婷", com.lawfirm.events.matter.DisclosureKind.PRIOR_CLIENT, PartyKind.ORGANIZATION, "Weyland Yutani Corporation",
                List.of(), List.of(), "client at her former firm"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                search("{\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"ORGANIZATION\",\"name\":\"Weyland-Yutani Corp.\"}]}")
                        .andExpect(jsonPath("$.hits[*].hit.staffId", hasItem(staffId)))
                        .andExpect(jsonPath("$.hits[*].hit.staffLink", hasItem("PRIOR_CLIENT"))));
    }

    @Test
    void aNewTeamMemberWhoseOwnPriorClientIsAPartyIsNotCleared() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String conflicted = "S-" + UUID.randomUUID();
        String clean = "S-" + UUID.randomUUID();
        String matter = UUID.randomUUID().toString();
        kafka.publish(Topics.MATTER, "StaffMember", conflicted, 0, new com.lawfirm.events.matter.StaffMemberJoined(conflicted,
                "钱多多", com.lawfirm.events.matter.StaffRole.LAWYER, List.of(), List.of(), "13101201910000003", null, "qian.duoduo"));
        kafka.publish(Topics.MATTER, "StaffMember", conflicted, 1, new com.lawfirm.events.matter.StaffDisclosureRecorded(conflicted,
                "钱多多", com.lawfirm.events.matter.DisclosureKind.PRIOR_CLIENT, PartyKind.ORGANIZATION, "Initrode Global Holdings",
                List.of(), List.of(), "client at her former firm"));
        kafka.publish(Topics.MATTER, "StaffMember", clean, 0, new com.lawfirm.events.matter.StaffMemberJoined(clean,
                "孙立", com.lawfirm.events.matter.StaffRole.LAWYER, List.of(), List.of(), "13101201910000004", null, "sun.li"));
        kafka.publish(Topics.MATTER, "Matter", matter, 0, new com.lawfirm.events.matter.MatterOpened(matter, "2026-LIT-0777",
                "e-777", "inq-777", null, "无锡恒越精密机械有限公司", com.lawfirm.events.intake.MatterType.CIVIL_LITIGATION,
                "买卖合同纠纷", List.of(new com.lawfirm.events.party.MatterParty(com.lawfirm.events.party.PartyRole.ADVERSE,
                PartyKind.ORGANIZATION, "Initrode Global Holdings Ltd.", List.of(), List.of())), java.time.LocalDate.now(), null));
        kafka.publish(Topics.MATTER, "Matter", matter, 1, new com.lawfirm.events.matter.TeamMemberAssigned(matter, conflicted,
                "qian.duoduo", "钱多多", com.lawfirm.events.matter.TeamRole.MEMBER, java.time.LocalDate.now()));
        kafka.publish(Topics.MATTER, "Matter", matter, 2, new com.lawfirm.events.matter.TeamMemberAssigned(matter, clean,
                "sun.li", "孙立", com.lawfirm.events.matter.TeamRole.MEMBER, java.time.LocalDate.now()));

        com.lawfirm.kit.bus.EventEnvelope blocked = kafka.awaitPublished(Topics.CONFLICT, e -> e.type().endsWith("TeamMemberConflictChecked")
                && e.payload().path("staffId").asText().equals(conflicted));
        org.assertj.core.api.Assertions.assertThat(blocked.payload().path("clear").asBoolean()).isFalse();
        // the findings name the matter's parties: sealed under the matter on the bus, open to the services that read it
        org.assertj.core.api.Assertions.assertThat(blocked.payload().toString()).doesNotContain("Initrode");
        com.lawfirm.events.conflict.TeamMemberConflictChecked read = (com.lawfirm.events.conflict.TeamMemberConflictChecked)
                codec.decode(new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
                        .writeValueAsString(blocked)).orElseThrow().getPayload();
        org.assertj.core.api.Assertions.assertThat(read.findings().get(0)).contains("Initrode");
        com.lawfirm.kit.bus.EventEnvelope cleared = kafka.awaitPublished(Topics.CONFLICT, e -> e.type().endsWith("TeamMemberConflictChecked")
                && e.payload().path("staffId").asText().equals(clean));
        org.assertj.core.api.Assertions.assertThat(cleared.payload().path("clear").asBoolean()).isTrue();
    }

    @Test
    void aRebuildReadsTheLogAgainAndFindsTheSameParties() throws Exception {
        post("/api/index/rebuild", MediaType.APPLICATION_JSON_VALUE, "").andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/index/rebuild")
                        .header("Authorization", TestStack.get().bearer("ops", "ADMIN")))
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get("/api/index/status").header("Authorization", analyst))
                        .andExpect(jsonPath("$.eventsIndexed", greaterThanOrEqualTo(1509))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                search("{\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"PERSON\",\"name\":\"Liu Yang\"}]}")
                        .andExpect(jsonPath("$.hits[*].hit.matters[*].matterRef", hasItem("T-0002"))));
    }

    @Test
    void aDecisionReplaysAsItWasTakenNotAsTheIndexAnswersToday() throws Exception {
        String first = "AUD-" + UUID.randomUUID();
        String later = "AUD-" + UUID.randomUUID();
        String matter = """
                {"type":"matter","matterRef":"%s","title":"租赁合同纠纷","status":"CLOSED","parties":[{"role":"ADVERSE","kind":"ORGANIZATION","name":"泰州金鼎置业有限公司"}]}
                """;
        post("/api/party-imports", "application/x-ndjson", matter.formatted(first)).andExpect(status().isCreated());
        String id = com.jayway.jsonpath.JsonPath.read(post("/api/conflict-checks", MediaType.APPLICATION_JSON_VALUE,
                        "{\"purpose\":\"AD_HOC\",\"parties\":[{\"role\":\"PROSPECTIVE_CLIENT\",\"kind\":\"ORGANIZATION\",\"name\":\"泰州金鼎置业有限公司\"}]}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/conflict-checks/" + id)
                .header("Authorization", analyst)).andExpect(jsonPath("$.status").value("AWAITING_DECISION")));
        post("/api/conflict-checks/" + id + "/decision", MediaType.APPLICATION_JSON_VALUE,
                "{\"assessment\":\"CLEAR\",\"reasoning\":\"已结案件的对方，与本案无关 A closed matter's adverse party, unrelated\"}")
                .andExpect(status().isAccepted());
        java.time.Instant decided = java.time.Instant.now();

        // the firm takes on another matter against the same company: a search today finds both
        post("/api/party-imports", "application/x-ndjson", matter.formatted(later)).andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                search("{\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"ORGANIZATION\",\"name\":\"泰州金鼎置业有限公司\"}]}")
                        .andExpect(jsonPath("$.hits[*].hit.matters[*].matterRef", hasItem(later))));

        String auditor = TestStack.get().bearer("qian.shen", "AUDITOR");
        mvc.perform(get("/api/audit/ConflictCheck/" + id + "/state").param("asOf", decided.toString())
                        .header("Authorization", auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state.matcherVersion").isNotEmpty())
                .andExpect(jsonPath("$.state.indexPositions").isNotEmpty())
                .andExpect(jsonPath("$.state.query[0].name").value("泰州金鼎置业有限公司"))
                .andExpect(jsonPath("$.state.frozenHits[*].matters[*].matterRef", hasItem(first)))
                .andExpect(jsonPath("$.state.frozenHits[*].matters[*].matterRef", not(hasItem(later))))
                .andExpect(jsonPath("$.state.status").value("CLEARED"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/conflict-checks/" + id
                        + "/decision").header("Authorization", auditor)
                .contentType(MediaType.APPLICATION_JSON).content("{\"assessment\":\"ABSOLUTE\",\"reasoning\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void importingTheSameRecordsAgainAddsNothing() throws Exception {
        post("/api/party-imports", "application/x-ndjson", devSet)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.duplicates").value(1509));
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndGoodOnesImported() throws Exception {
        String ref = "X-" + UUID.randomUUID();
        String body = """
                {"type":"matter","matterRef":"%s","status":"OPEN","parties":[{"role":"CLIENT","kind":"PERSON","name":"钱多多"}]}
                {"type":"matter","matterRef":
                {"type":"lawsuit","matterRef":"X"}
                {"type":"matter","matterRef":"Y","status":"PENDING","parties":[{"role":"CLIENT","kind":"PERSON","name":"x"}]}
                {"type":"affiliation","subject":{"kind":"PERSON","name":"a"},"relation":"FRIEND_OF","object":{"kind":"PERSON","name":"b"}}
                """.formatted(ref);
        post("/api/party-imports", "application/x-ndjson", body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rejected").value(4))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[1].reason").value("type: must be matter, affiliation or staff"))
                .andExpect(jsonPath("$.errors[2].reason").value("status: must be OPEN or CLOSED"))
                .andExpect(jsonPath("$.errors[3].line").value(5));
        post("/api/party-imports", "application/x-ndjson", "not json\n{\"type\":\"staff\"}\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rejected").value(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                search("{\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"PERSON\",\"name\":\"錢多多\"}]}")
                        .andExpect(jsonPath("$.hits[*].hit.matters[*].matterRef", hasItem(ref))));
    }

    @Test
    void aClientRegisteredByIntakeBecomesFindable() throws Exception {
        String clientId = UUID.randomUUID().toString();
        new KafkaTestClient(codec).publish(Topics.INTAKE, new ClientRegistered(clientId, PartyKind.ORGANIZATION,
                "深圳市鹏程万里物流有限公司", List.of("鹏程物流"), List.of(), List.of(), List.of(), Language.ZH, null, null, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                search("{\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"ORGANIZATION\",\"name\":\"Shenzhen Pengcheng Wanli Logistics Co., Ltd.\"}]}")
                        .andExpect(jsonPath("$.hits[*].hit.clientId", hasItem(clientId))));
    }

    @Test
    void badSearchBodiesAre400NamingTheField() throws Exception {
        search("{\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"PERSON\"}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("parties[0].name")));
        search("{\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"ROBOT\",\"name\":\"x\"}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("parties[0].kind")));
        search("{\"parties\":[]}").andExpect(status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/conflict-searches").header("Authorization", TestStack.get().bearer("x", "BILLING"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"PERSON\",\"name\":\"刘洋\"}]}"))
                .andExpect(status().isForbidden());
    }

    private ResultActions search(String body) throws Exception {
        return post("/api/conflict-searches", MediaType.APPLICATION_JSON_VALUE, body);
    }

    private ResultActions post(String path, String type, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", analyst).contentType(type).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConflictApiTest.class.getResourceAsStream("/conflict-dev-set/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
