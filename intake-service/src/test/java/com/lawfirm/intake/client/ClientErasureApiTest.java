package com.lawfirm.intake.client;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.events.privacy.PersonalData;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A client's personal data through its whole life on a real PostgreSQL and Kafka: sealed at rest and on the bus from
 * the first event, kept while the firm acts, under retention and under a legal hold, then erased on request and gone
 * from the registry, its search, a rebuilt read model and the auditor's view, while the chain still verifies.
 */
@SpringBootTest(classes = IntakeServiceApplication.class,
        properties = {"spring.config.name=intake-service", "lawfirm.service.name=intake"})
@AutoConfigureMockMvc
@DirtiesContext
class ClientErasureApiTest {

    private static final String NAME = "欧阳晓峰";
    private static final String NEW_NAME = "欧阳一峰";
    private static final String ID_CARD = "11010519491231002X";
    private static final String PHONE = "13912345678";

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "intake_erasure_api");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EnvelopeCodec codec;

    private final String intake = TestStack.get().bearer("chen.jing", "INTAKE");
    private final String archivist = TestStack.get().bearer("zhao.lei", "ARCHIVIST");
    private final String partner = TestStack.get().bearer("wu.min", "PARTNER");
    private final String admin = TestStack.get().bearer("admin", "ADMIN");
    private final String auditor = TestStack.get().bearer("audit.gao", "AUDITOR");

    @Test
    void aFormerClientIsErasedOnRequestOnceRetentionEndsAndNoHoldStands() throws Exception {
        String clientId = JsonPath.read(send(post("/api/clients"), intake, """
                {"kind":"PERSON","name":"%s","aliases":["Ouyang Xiaofeng"],
                 "identifiers":[{"scheme":"CN_RESIDENT_ID","value":"%s"}],
                 "contacts":[{"kind":"PHONE","value":"%s","label":"手机 mobile"}],
                 "consent":{"purpose":"法律服务 legal services","retentionYears":30,"givenOn":"2014-03-01","method":"书面 signed"}}
                """.formatted(NAME, ID_CARD, PHONE)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        send(post("/api/clients/" + clientId + "/name"), intake, """
                {"newName":"%s","effectiveFrom":"2016-01-01"}""".formatted(NEW_NAME)).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/clients/" + clientId)
                .header("Authorization", intake)).andExpect(jsonPath("$.name").value(NEW_NAME)));

        // sealed from the first event: neither the store nor the topic ever held the name in clear
        assertThat(storedPayloads(clientId)).isNotEmpty().noneMatch(this::identifies);
        KafkaTestClient kafka = new KafkaTestClient(codec);
        assertThat(kafka.awaitPublished("lawfirm.intake.events", e -> clientId.equals(e.aggregateId())
                && e.sequenceNumber() == 1).payload().toString()).doesNotContain(NEW_NAME).doesNotContain(NAME);

        // a data subject asks for erasure; the firm records it with the day it is due
        String requestId = JsonPath.read(send(post("/api/data-subject-requests"), intake, """
                {"clientId":"%s","kind":"ERASURE","details":"本人要求删除 please erase my data"}""".formatted(clientId))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/data-subject-requests")
                        .param("open", "true").param("clientId", clientId).header("Authorization", auditor))
                .andExpect(jsonPath("$.items[0].requestId").value(requestId))
                .andExpect(jsonPath("$.items[0].dueBy").value(LocalDate.now(ZoneOffset.UTC).plusDays(15).toString()))
                .andExpect(jsonPath("$.items[0].overdue").value(false)));

        String erasure = "{\"requestId\":\"" + requestId + "\"}";
        refused(post("/api/clients/" + clientId + "/erasure"), archivist, erasure, "client-not-former");
        send(post("/api/clients/" + clientId + "/former"), intake, "{\"since\":\"2016-06-30\",\"reason\":\"matter closed\"}")
                .andExpect(status().isAccepted());
        refused(post("/api/clients/" + clientId + "/erasure"), archivist, erasure, "retention-not-over");
        send(post("/api/clients/" + clientId + "/retention"), archivist,
                "{\"retainUntil\":\"2022-06-30\",\"basis\":\"律师业务档案管理办法 archive rules\"}").andExpect(status().isAccepted());
        String holdId = JsonPath.read(send(post("/api/clients/" + clientId + "/legal-holds"), partner,
                "{\"reason\":\"证据保全 evidence preservation\"}").andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.id");
        refused(post("/api/clients/" + clientId + "/erasure"), archivist, erasure, "legal-hold");
        send(post("/api/clients/" + clientId + "/erasure"), intake, erasure).andExpect(status().isForbidden());
        send(post("/api/clients/" + clientId + "/legal-holds/" + holdId + "/lift"), partner, "").andExpect(status().isAccepted());

        Instant beforeErasure = Instant.now();
        send(post("/api/clients/" + clientId + "/erasure"), archivist, erasure).andExpect(status().isAccepted());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/clients/" + clientId)
                        .header("Authorization", intake))
                .andExpect(jsonPath("$.status").value("ERASED"))
                .andExpect(jsonPath("$.name").value(PersonalData.ERASED))
                .andExpect(jsonPath("$.identifiers", empty()))
                .andExpect(jsonPath("$.contacts", empty())));
        mvc.perform(get("/api/clients").param("q", NEW_NAME).header("Authorization", intake))
                .andExpect(jsonPath("$.items[*].clientId", not(hasItem(clientId))));
        send(post("/api/clients/" + clientId + "/aliases"), intake, "{\"alias\":\"" + NAME + "\"}")
                .andExpect(status().isConflict());
        send(post("/api/data-subject-requests/" + requestId + "/answer"), intake,
                "{\"fulfilled\":true,\"answer\":\"已删除 erased\"}").andExpect(status().isAccepted());

        // the whole registry rebuilt from the log: the client is there, its name is not
        send(post("/api/admin/projections/clients/rebuild"), admin, "").andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/admin/projections")
                .header("Authorization", admin)).andExpect(jsonPath("$[?(@.name == 'clients')].caughtUp").value(true)));
        mvc.perform(get("/api/clients/" + clientId).header("Authorization", intake))
                .andExpect(jsonPath("$.status").value("ERASED"))
                .andExpect(jsonPath("$.name").value(PersonalData.ERASED))
                .andExpect(jsonPath("$.registeredBy").value("chen.jing"));
        assertThat(readModels()).noneMatch(this::identifies);

        // replayed as it stood before the erasure, the client reads with its name erased
        String replayed = mvc.perform(get("/api/audit/Client/" + clientId + "/state")
                        .param("asOf", beforeErasure.toString()).header("Authorization", auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(replayed).contains(PersonalData.ERASED);
        assertThat(identifies(replayed)).isFalse();

        // the auditor still reads every event, the personal fields as erased, and the chain holds
        String history = mvc.perform(get("/api/audit/Client/" + clientId + "/events").header("Authorization", auditor))
                .andExpect(status().isOk()).andExpect(jsonPath("$.events[0].payload.name").value(PersonalData.ERASED))
                .andExpect(jsonPath("$.events[0].payload.consent.purpose").value("法律服务 legal services"))
                .andReturn().getResponse().getContentAsString();
        assertThat(history).doesNotContain(NAME).doesNotContain(NEW_NAME).doesNotContain(ID_CARD).doesNotContain(PHONE);
        mvc.perform(get("/api/audit/Client/" + clientId + "/verify").header("Authorization", auditor))
                .andExpect(jsonPath("$.intact").value(true));
        assertThat(storedPayloads(clientId)).noneMatch(this::identifies);
    }

    @Test
    void requestsAreValidatedAndAnsweredOnce() throws Exception {
        send(post("/api/data-subject-requests"), intake, "{\"clientId\":\"no-such-client\",\"kind\":\"ACCESS\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("clientId")));
        send(post("/api/data-subject-requests"), intake, "{\"clientId\":\"x\",\"kind\":\"FORGET_ME\"}")
                .andExpect(status().isBadRequest());
        send(post("/api/data-subject-requests"), TestStack.get().bearer("li.na", "LAWYER"),
                "{\"clientId\":\"x\",\"kind\":\"ACCESS\"}").andExpect(status().isForbidden());
        send(post("/api/data-subject-requests/none/answer"), intake, "{\"fulfilled\":true,\"answer\":\"ok\"}")
                .andExpect(status().isNotFound());
    }

    private boolean identifies(String text) {
        return text.contains(NAME) || text.contains(NEW_NAME) || text.contains(ID_CARD) || text.contains(PHONE)
                || text.contains("Ouyang");
    }

    private List<String> storedPayloads(String clientId) {
        return jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE aggregate_id = ?", String.class, clientId);
    }

    private List<String> readModels() {
        return jdbc.queryForList("SELECT doc::text FROM read_model", String.class);
    }

    private void refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token,
                         String body, String rule) throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        send(request, token, body).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value(rule));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(before);
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String token, String body) throws Exception {
        return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
