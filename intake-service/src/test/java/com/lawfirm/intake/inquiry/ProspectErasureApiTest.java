package com.lawfirm.intake.inquiry;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.events.privacy.PersonalData;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A prospect who never became a client, on a real PostgreSQL and Kafka: its request is recorded against its inquiry,
 * and once the inquiry is declined (the records are kept no years here) the archivist erases it; the inquiry and the
 * request then read as erased; a legal hold keeps it until lifted. Refusals write nothing.
 */
@SpringBootTest(classes = IntakeServiceApplication.class, properties = {"spring.config.name=intake-service",
        "lawfirm.service.name=intake", "lawfirm.intake.prospect-retention-years=0"})
@AutoConfigureMockMvc
@DirtiesContext
class ProspectErasureApiTest {

    private static final String NAME = "欧阳晓岚";
    private static final String PHONE = "13600002222";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "intake_prospect_erasure");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final String intake = TestStack.get().bearer("chen.jing", "INTAKE");
    private final String lawyer = TestStack.get().bearer("wen.jun", "LAWYER");
    private final String archivist = TestStack.get().bearer("zhao.lei", "ARCHIVIST");
    private final String partner = TestStack.get().bearer("li.ming", "PARTNER");

    @Test
    void aProspectsRequestIsRecordedAndTheProspectErasedOnceItsInquiryEnded() throws Exception {
        String inquiry = JsonPath.read(send(post("/api/inquiries"), intake, """
                {"source":{"channel":"PHONE"},"prospect":{"kind":"PERSON","name":"%s",
                 "contacts":[{"kind":"PHONE","value":"%s","label":"本人"}]},"roughNeed":"%s 劳动争议","owner":"chen.jing"}"""
                .formatted(NAME, PHONE, NAME)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        // the register checks the inquiry in intake's read model, which follows the event store
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/inquiries/" + inquiry), intake, "")
                .andExpect(status().isOk()));
        String request = JsonPath.read(send(post("/api/data-subject-requests"), intake, """
                {"inquiryId":"%s","kind":"ERASURE","details":"%s 来电要求删除其个人信息"}""".formatted(inquiry, NAME))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/data-subject-requests?inquiryId=" + inquiry), intake, "")
                .andExpect(jsonPath("$.items[*].requestId", hasItem(request))));

        String erasure = "/api/inquiries/" + inquiry + "/erasure";
        refused(post(erasure), archivist, "{}", "inquiry-not-ended");
        // the inquiry's notes name the prospect, as a firm's notes would
        send(post("/api/inquiries/" + inquiry + "/contacts"), intake, """
                {"channel":"PHONE","at":"2026-11-02T02:00:00Z","summary":"%s 再次来电 called again"}""".formatted(NAME))
                .andExpect(status().isAccepted());
        send(post("/api/inquiries/" + inquiry + "/need"), intake, """
                {"coreNeed":"%s 的劳动争议","background":"%s 被解雇 was dismissed"}""".formatted(NAME, NAME))
                .andExpect(status().isAccepted());
        send(post("/api/inquiries/" + inquiry + "/decline"), lawyer, """
                {"reason":"OUTSIDE_EXPERTISE","internalNote":"%s 的案件不在本所领域"}""".formatted(NAME))
                .andExpect(status().isAccepted());
        send(post(erasure), intake, "{}").andExpect(status().isForbidden());

        // a claim over the decline keeps the records until the hold is lifted
        String holds = "/api/inquiries/" + inquiry + "/legal-holds";
        send(post(holds), intake, "{\"reason\":\"x\"}").andExpect(status().isForbidden());
        send(post(holds), partner, "{\"reason\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        String hold = JsonPath.read(send(post(holds), partner, "{\"reason\":\"投诉处理中 a complaint over the decline\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        refused(post(erasure), archivist, "{}", "legal-hold");
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/inquiries/" + inquiry), intake, "")
                .andExpect(jsonPath("$.legalHolds[0].reason").value("投诉处理中 a complaint over the decline")));
        refused(post(holds + "/no-such-hold/lift"), archivist, "", "no-such-hold");
        send(post(holds + "/" + hold + "/lift"), archivist, "").andExpect(status().isAccepted());
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/inquiries/" + inquiry), intake, "")
                .andExpect(jsonPath("$.legalHolds").isEmpty()));

        send(post(erasure), archivist, "{\"requestId\":\"" + request + "\"}").andExpect(status().isAccepted());
        refused(post(erasure), archivist, "{}", "prospect-erased");
        refused(post(holds), partner, "{\"reason\":\"too late\"}", "prospect-erased");

        await().atMost(WAIT).untilAsserted(() -> {
            send(get("/api/inquiries/" + inquiry), intake, "").andExpect(jsonPath("$.prospect.name").value(PersonalData.ERASED));
            send(get("/api/data-subject-requests/" + request), intake, "")
                    .andExpect(jsonPath("$.details").value(PersonalData.ERASED));
        });
        assertThat(jdbc.queryForList("SELECT doc::text FROM read_model", String.class))
                .as("the read models scrubbed at once, no rebuild").noneMatch(doc -> doc.contains(NAME) || doc.contains(PHONE));
        send(get("/api/inquiries/" + inquiry), intake, "").andExpect(jsonPath("$.roughNeed").value(PersonalData.ERASED))
                .andExpect(jsonPath("$.contacts[0].summary").value(PersonalData.ERASED))
                .andExpect(jsonPath("$.background").value(PersonalData.ERASED))
                .andExpect(jsonPath("$.declineNote").value(PersonalData.ERASED))
                .andExpect(jsonPath("$.contacts[0].withWhom").doesNotExist());
        assertThat(jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE aggregate_id = ?", String.class, inquiry))
                .as("the inquiry's history, sealed from the start").hasSizeGreaterThan(4)
                .noneMatch(payload -> payload.contains(NAME) || payload.contains(PHONE));
        send(post("/api/data-subject-requests/" + request + "/answer"), archivist,
                "{\"fulfilled\":true,\"answer\":\"已删除 erased\"}").andExpect(status().isAccepted());
    }

    @Test
    void aRequestNamesAClientOrAProspectsInquiryAndOnlyOne() throws Exception {
        for (String body : new String[] {"{\"kind\":\"ACCESS\"}",
                "{\"clientId\":\"c-1\",\"inquiryId\":\"i-1\",\"kind\":\"ACCESS\"}"}) {
            send(post("/api/data-subject-requests"), intake, body).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("clientId")));
        }
        send(post("/api/data-subject-requests"), intake, "{\"inquiryId\":\"no-such-inquiry\",\"kind\":\"ACCESS\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("inquiryId")));
        send(post("/api/inquiries/no-such-inquiry/erasure"), archivist, "{}").andExpect(status().isNotFound());
        send(post("/api/inquiries/no-such-inquiry/legal-holds"), archivist, "{\"reason\":\"r\"}")
                .andExpect(status().isNotFound());
    }

    private void refused(MockHttpServletRequestBuilder request, String token, String body, String rule) throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        send(request, token, body).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value(rule));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(before);
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
