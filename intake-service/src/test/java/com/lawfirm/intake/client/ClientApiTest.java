package com.lawfirm.intake.client;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.intake.IntakeServiceApplication;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The client registry through HTTP on a real PostgreSQL and Kafka: round trips, search, and every kind of bad input. */
@SpringBootTest(classes = IntakeServiceApplication.class,
        properties = {"spring.config.name=intake-service", "lawfirm.service.name=intake"})
@AutoConfigureMockMvc
@DirtiesContext // closed while the shared PostgreSQL and broker still run; its database is its own anyway
class ClientApiTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "intake_client_api");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.lawfirm.kit.readmodel.ReadModelStore store;
    @Autowired
    com.lawfirm.kit.bus.EnvelopeCodec codec;


    private final String intake = TestStack.get().bearer("chen.jing", "INTAKE");
    private final String archivist = TestStack.get().bearer("zhao.lei", "ARCHIVIST");

    private static final String LANHAI = """
            {"kind":"ORGANIZATION","name":"杭州澜海智能科技有限公司","aliases":["澜海智能","Lanhai AI"],
             "identifiers":[{"scheme":"CN_USCC","value":"91330106MA2H8K3L08"}],
             "contacts":[{"kind":"EMAIL","value":"legal@lanhai.example","label":"法务部 legal"}],
             "preferredLanguage":"ZH","relationshipOwner":"li.na",
             "source":{"channel":"CONFERENCE","note":"2026 杭州数字经济论坛"}}""";

    @Test
    void aRegisteredClientRoundTripsAndIsFoundByAnyName() throws Exception {
        String id = register(LANHAI).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String clientId = JsonPath.read(id, "$.id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/clients/" + clientId).header("Authorization", intake))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.name").value("杭州澜海智能科技有限公司"))
                        .andExpect(jsonPath("$.contacts[0].label").value("法务部 legal"))
                        .andExpect(jsonPath("$.registeredBy").value("chen.jing"))
                        .andExpect(jsonPath("$.status").value("ACTIVE")));
        mvc.perform(get("/api/clients").param("q", "澜海").header("Authorization", intake))
                .andExpect(jsonPath("$.items[*].clientId", hasItem(clientId)));
        mvc.perform(get("/api/clients").param("q", "LANHAI ai").header("Authorization", intake))
                .andExpect(jsonPath("$.items[*].clientId", hasItem(clientId)));
        mvc.perform(get("/api/clients").param("q", "91330106ma2h8k3l08").header("Authorization", intake))
                .andExpect(jsonPath("$.items[*].clientId", hasItem(clientId)));

        mvc.perform(post("/api/clients/" + clientId + "/name").header("Authorization", intake)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"newName\":\"杭州澜海数据有限公司\",\"effectiveFrom\":\"2026-06-01\"}"))
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/clients").param("q", "澜海智能科技").header("Authorization", intake))
                        .andExpect(jsonPath("$.items[*].name", hasItem("杭州澜海数据有限公司"))));
    }

    @Test
    void theOverviewGathersTheClientsInquiries() throws Exception {
        String body = LANHAI.replace("\"identifiers\":[{\"scheme\":\"CN_USCC\",\"value\":\"91330106MA2H8K3L08\"}],", "");
        String clientId = JsonPath.read(register(body).andReturn().getResponse().getContentAsString(), "$.id");
        String inquiry = """
                {"source":{"channel":"PHONE"},"prospect":{"kind":"ORGANIZATION","name":"杭州澜海智能科技有限公司"},
                 "roughNeed":"新的劳动争议 a new labour dispute","existingClientId":"%s"}""".formatted(clientId);
        String inquiryId = JsonPath.read(mvc.perform(post("/api/inquiries").header("Authorization", intake)
                .contentType(MediaType.APPLICATION_JSON).content(inquiry)).andReturn().getResponse().getContentAsString(), "$.id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/clients/" + clientId + "/overview").header("Authorization", intake))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.client.name").value("杭州澜海智能科技有限公司"))
                        .andExpect(jsonPath("$.inquiries[0].inquiryId").value(inquiryId))
                        .andExpect(jsonPath("$.engagements").isEmpty()));
        mvc.perform(get("/api/clients/nobody/overview").header("Authorization", intake)).andExpect(status().isNotFound());
    }

    @Test
    void theOverviewShowsTheMattersOpenedForTheClient() throws Exception {
        String body = LANHAI.replace("\"identifiers\":[{\"scheme\":\"CN_USCC\",\"value\":\"91330106MA2H8K3L08\"}],", "");
        String clientId = JsonPath.read(register(body).andReturn().getResponse().getContentAsString(), "$.id");
        String matterId = java.util.UUID.randomUUID().toString();
        new com.lawfirm.kit.testing.KafkaTestClient(codec).publish(com.lawfirm.events.Topics.MATTER, "Matter", matterId, 0,
                new com.lawfirm.events.matter.MatterOpened(matterId, "2026-LIT-0042", "eng-1", "inq-1", clientId,
                        "杭州澜海智能科技有限公司", com.lawfirm.events.intake.MatterType.CIVIL_LITIGATION, "买卖合同纠纷",
                        java.util.List.of(), java.time.LocalDate.of(2026, 11, 28), null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/clients/" + clientId + "/overview").header("Authorization", intake))
                        .andExpect(jsonPath("$.matters[0].matterNumber").value("2026-LIT-0042")));
    }

    /**
     * A client marked former before its matter was opened (a firm's records brought in as they stood, say) is not
     * erased while that matter is open either.
     */
    @Test
    void aClientIsNeitherMarkedFormerNorErasedWhileAMatterIsOpen() throws Exception {
        String earlier = JsonPath.read(register("""
                {"kind":"PERSON","name":"欧阳晓岚",
                 "consent":{"purpose":"法律服务","retentionYears":1,"givenOn":"2014-03-01","method":"书面"}}""")
                .andReturn().getResponse().getContentAsString(), "$.id");
        call("/api/clients/" + earlier + "/former", intake, "{\"since\":\"2020-06-30\",\"reason\":\"matter closed\"}")
                .andExpect(status().isAccepted());
        String clientId = JsonPath.read(register(LANHAI.replace(
                "\"identifiers\":[{\"scheme\":\"CN_USCC\",\"value\":\"91330106MA2H8K3L08\"}],", "")
                .replace("杭州澜海", "宁波澜海")).andReturn().getResponse().getContentAsString(), "$.id");
        String matter = openedMatter(clientId, "2026-LIT-0077");
        String earlierMatter = openedMatter(earlier, "2026-LIT-0078");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            mvc.perform(get("/api/clients/" + clientId + "/overview").header("Authorization", intake))
                    .andExpect(jsonPath("$.matters[0].status").value("OPEN"));
            mvc.perform(get("/api/clients/" + earlier + "/overview").header("Authorization", intake))
                    .andExpect(jsonPath("$.matters[0].status").value("OPEN"));
        });

        call("/api/clients/" + clientId + "/former", intake, "{\"reason\":\"matter closed\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("matters-open"))
                .andExpect(jsonPath("$.detail", containsString("2026-LIT-0077")));
        call("/api/clients/" + earlier + "/erasure", archivist, "{}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("matters-open"));

        closed(matter);
        closed(earlierMatter);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            mvc.perform(get("/api/clients/" + clientId + "/overview").header("Authorization", intake))
                    .andExpect(jsonPath("$.matters[0].status").value("CLOSED"))
                    .andExpect(jsonPath("$.matters[0].closedOn").value("2026-11-29"));
            mvc.perform(get("/api/clients/" + earlier + "/overview").header("Authorization", intake))
                    .andExpect(jsonPath("$.matters[0].status").value("CLOSED"));
        });
        // a new matter is open: it alone holds the client
        String next = openedMatter(clientId, "2026-LIT-0079");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/clients/" + clientId + "/overview").header("Authorization", intake))
                        .andExpect(jsonPath("$.matters.length()").value(2)));
        call("/api/clients/" + clientId + "/former", intake, "{\"reason\":\"matter closed\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("2026-LIT-0079")))
                .andExpect(jsonPath("$.detail", not(containsString("2026-LIT-0077"))));
        // the day it became former is no earlier than its last matter's closing, and not after today
        call("/api/clients/" + clientId + "/former", intake, "{\"since\":\"2026-01-01\",\"reason\":\"matter closed\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("since"))
                .andExpect(jsonPath("$.detail", containsString("2026-11-29")));
        call("/api/clients/" + clientId + "/former", intake, "{\"since\":\"2999-01-01\",\"reason\":\"matter closed\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("since"));
        closed(next);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                call("/api/clients/" + clientId + "/former", intake, "{\"reason\":\"matter closed\"}")
                        .andExpect(status().isAccepted()));
        call("/api/clients/" + earlier + "/erasure", archivist, "{}").andExpect(status().isAccepted());
    }

    /** Stored before matters carried their status, a matter is not known to be closed: it holds until a rebuild. */
    @Test
    void aMatterStoredBeforeItsStatusWasKeptCountsAsOpen() throws Exception {
        String clientId = JsonPath.read(register(LANHAI.replace(
                "\"identifiers\":[{\"scheme\":\"CN_USCC\",\"value\":\"91330106MA2H8K3L08\"}],", "")
                .replace("杭州澜海", "温州澜海")).andReturn().getResponse().getContentAsString(), "$.id");
        String matterId = java.util.UUID.randomUUID().toString();
        store.upsert("client-matters", matterId, 0, java.util.Map.of("matterId", matterId, "matterNumber", "2019-LIT-0005",
                "clientId", clientId, "matterType", "CIVIL_LITIGATION", "description", "买卖合同纠纷", "openedOn", "2019-03-02"));
        call("/api/clients/" + clientId + "/former", intake, "{\"reason\":\"matter closed\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("matters-open"))
                .andExpect(jsonPath("$.detail", containsString("2019-LIT-0005 (status not known")));
    }

    private String openedMatter(String clientId, String number) {
        String matterId = java.util.UUID.randomUUID().toString();
        new com.lawfirm.kit.testing.KafkaTestClient(codec).publish(com.lawfirm.events.Topics.MATTER, "Matter", matterId, 0,
                new com.lawfirm.events.matter.MatterOpened(matterId, number, "eng-" + number, "inq-" + number, clientId,
                        "客户 client", com.lawfirm.events.intake.MatterType.CIVIL_LITIGATION, "买卖合同纠纷",
                        java.util.List.of(), java.time.LocalDate.of(2026, 3, 2), null));
        return matterId;
    }

    private void closed(String matterId) {
        new com.lawfirm.kit.testing.KafkaTestClient(codec).publish(com.lawfirm.events.Topics.MATTER, "Matter", matterId, 9,
                new com.lawfirm.events.matter.MatterClosed(matterId, "调解结案 settled", java.time.LocalDate.of(2026, 11, 20),
                        null, java.time.LocalDate.of(2026, 11, 29), java.time.LocalDate.of(2027, 2, 28)));
    }

    private ResultActions call(String path, String token, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aSecondRegistrationWithTheSameIdentifierIsFlaggedAsALikelyDuplicate() throws Exception {
        String body = LANHAI.replace("91330106MA2H8K3L08", "91110000802100433B").replace("杭州澜海", "北京华夏");
        String first = JsonPath.read(register(body).andReturn().getResponse().getContentAsString(), "$.id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/clients/" + first).header("Authorization", intake)).andExpect(status().isOk()));
        String second = JsonPath.read(register(body.replace("北京华夏智能科技有限公司", "华夏科技（北京）有限公司"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/clients/" + second).header("Authorization", intake))
                        .andExpect(jsonPath("$.likelyDuplicateOf", contains(first))));
    }

    @Test
    void aWrongCheckCharacterIs400NamingTheFieldAndWritesNothing() throws Exception {
        expectRefused(LANHAI.replace("91330106MA2H8K3L08", "91330106MA2H8K3L09"), "identifiers[0].value");
    }

    @Test
    void missingRequiredFieldsAre400() throws Exception {
        expectRefused("{\"kind\":\"ORGANIZATION\"}", "name");
        expectRefused("{\"name\":\"Initrode Corporation\"}", "kind");
    }

    @Test
    void unknownEnumValuesAre400() throws Exception {
        expectRefused(LANHAI.replace("\"ORGANIZATION\"", "\"COMPANY\""), "kind");
        expectRefused(LANHAI.replace("\"CN_USCC\"", "\"TAX_ID\""), "identifiers[0].scheme");
    }

    @Test
    void textOverTheLimitIs400() throws Exception {
        expectRefused(LANHAI.replace("杭州澜海智能科技有限公司", "长".repeat(201)), "name");
        expectRefused(LANHAI.replace("\"Lanhai AI\"", "\"" + "x".repeat(201) + "\""), "aliases[1]");
    }

    @Test
    void aPersonWithoutConsentIs400() throws Exception {
        expectRefused("{\"kind\":\"PERSON\",\"name\":\"刘洋\"}", "consent");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        long before = events();
        register("{\"kind\":\"PERSON\",").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void rolesAreEnforced() throws Exception {
        mvc.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content(LANHAI))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/clients").header("Authorization", TestStack.get().bearer("audit", "AUDITOR"))
                        .contentType(MediaType.APPLICATION_JSON).content(LANHAI))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/clients").header("Authorization", TestStack.get().bearer("audit", "AUDITOR")))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownClientIs404() throws Exception {
        mvc.perform(get("/api/clients/nobody").header("Authorization", intake)).andExpect(status().isNotFound());
        mvc.perform(post("/api/clients/nobody/aliases").header("Authorization", intake)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"alias\":\"x\"}"))
                .andExpect(status().isNotFound());
    }

    private void expectRefused(String body, String field) throws Exception {
        long before = events();
        register(body).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        assertThat(events()).isEqualTo(before);
    }

    private ResultActions register(String body) throws Exception {
        return mvc.perform(post("/api/clients").header("Authorization", intake)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
