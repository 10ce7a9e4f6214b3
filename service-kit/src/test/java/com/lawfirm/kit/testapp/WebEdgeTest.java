package com.lawfirm.kit.testapp;

import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The HTTP edge the kit gives every service: tokens, roles, problem+json, limits, and nothing written on refusal. */
@SpringBootTest(classes = KitTestApplication.class, properties = {"lawfirm.service.name=kitweb",
        "spring.flyway.locations=classpath:db/kit,classpath:db/kittest"})
@AutoConfigureMockMvc
@DirtiesContext // closed while the shared PostgreSQL and broker still run; its database is its own anyway
@AutoConfigureObservability
class WebEdgeTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "kit_web");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final String writer = TestStack.get().bearer("li.na", "WRITER");

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/api/notes/" + java.util.UUID.randomUUID()).header("Authorization", writer))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
    }

    @Test
    void noTokenIs401ProblemJson() throws Exception {
        long before = events();
        mvc.perform(post("/api/notes").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void forgedTokenIs401() throws Exception {
        String forged = com.lawfirm.embedded.DevTokenIssuer.ephemeral().token("mallory", java.util.List.of("WRITER"));
        mvc.perform(post("/api/notes").header("Authorization", "Bearer " + forged)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokenWithoutTheRoleIs403() throws Exception {
        long before = events();
        mvc.perform(post("/api/notes").header("Authorization", TestStack.get().bearer("zhao.min", "READER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void malformedJsonIs400() throws Exception {
        long before = events();
        mvc.perform(post("/api/notes").header("Authorization", writer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Malformed JSON"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void missingFieldIs400NamingTheField() throws Exception {
        long before = events();
        mvc.perform(post("/api/notes").header("Authorization", writer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void unknownEnumValueIs400NamingTheField() throws Exception {
        long before = events();
        mvc.perform(post("/api/notes").header("Authorization", writer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"t\",\"kind\":\"POEM\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of [MEMO, LETTER]"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void oversizeBodyIs413() throws Exception {
        long before = events();
        String huge = "{\"title\":\"" + "长".repeat(600_000) + "\"}";
        mvc.perform(post("/api/notes").header("Authorization", writer)
                        .contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void unknownAggregateIs404() throws Exception {
        mvc.perform(post("/api/notes/no-such-note/closing").header("Authorization", writer))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/notes/no-such-note").header("Authorization", writer))
                .andExpect(status().isNotFound());
    }

    /** Bearer tokens are not sessions: there is nothing to log out of, and no form login to send anyone to. */
    @Test
    void thereIsNoLogoutEndpoint() throws Exception {
        mvc.perform(post("/logout").header("Authorization", writer))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/logout")).andExpect(status().isUnauthorized());
    }

    /** The container's error page answers problem+json; asked for directly it does not exist. */
    @Test
    void theErrorPageIsProblemJsonAndNeverA500OfItsOwn() throws Exception {
        mvc.perform(get("/error").header("Authorization", writer))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/error")).andExpect(status().isNotFound());
        mvc.perform(post("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api//notes"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://lawfirm.example/problems/http-400"))
                .andExpect(jsonPath("$.instance").value("/api//notes"));
        // the container's forward of a refused POST keeps its method and its Accept: the error stays what it was
        mvc.perform(post("/error").accept(MediaType.APPLICATION_XML)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .with(request -> {
                            request.setDispatcherType(jakarta.servlet.DispatcherType.ERROR);
                            return request;
                        }))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 499))
                .andExpect(status().is(499))
                .andExpect(jsonPath("$.type").value("https://lawfirm.example/problems/http-499"));
        mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value("The request could not be completed; it has been logged."));
    }

    /** Answered 406 only after the command ran, a caller would take it for a failure and send it again. */
    @Test
    void aCommandWhoseAnswerTheCallerWouldRefuseIs406AndWritesNothing() throws Exception {
        long before = events();
        mvc.perform(post("/api/notes").header("Authorization", writer).accept(MediaType.APPLICATION_XML)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"不接受 not acceptable\"}"))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/notes").header("Authorization", writer).header("Accept", "text/html;;q=x")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"不接受 not acceptable\"}"))
                .andExpect(status().isNotAcceptable());
        assertThat(events()).isEqualTo(before);
        mvc.perform(post("/api/notes").header("Authorization", writer).header("Accept", "text/html, */*;q=0.8")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"接受 acceptable\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/notes").header("Authorization", writer).header("Accept", "application/vnd.lawfirm+json")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"接受 acceptable\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/notes").header("Authorization", writer)
                        .header("Accept", "application/xml", "application/json")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"接受 acceptable\"}"))
                .andExpect(status().isCreated());
        assertThat(events()).isEqualTo(before + 3);
    }

    @Test
    void ruleViolationIs409AndWritesNothing() throws Exception {
        String id = create("结案备忘 closing memo");
        mvc.perform(post("/api/notes/" + id + "/closing").header("Authorization", writer))
                .andExpect(status().isAccepted());
        long before = events();
        mvc.perform(post("/api/notes/" + id + "/closing").header("Authorization", writer))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("note-closed"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void eventsCarryTheActingUserAndChineseTextRoundTrips() throws Exception {
        String id = create("诉讼策略 strategy — 张伟");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/notes/" + id).header("Authorization", TestStack.get().bearer("auditor", "READER")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.title").value("诉讼策略 strategy — 张伟"))
                        .andExpect(jsonPath("$.createdBy").value("li.na")));
        String metadata = jdbc.queryForObject(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_id = ?", String.class, id);
        assertThat(metadata).contains("\"userId\":\"li.na\"").contains("correlationId");
        String payload = jdbc.queryForObject(
                "SELECT payload FROM domain_event_entry WHERE aggregate_id = ?", String.class, id);
        assertThat(payload).contains("诉讼策略");
    }

    @Test
    void healthAndMetricsNeedNoToken() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("http_server_requests_seconds_count{")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lawfirm_processor_lag{processor=\"notes\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lawfirm_processor_lag{processor=\"kafka-publisher\"")));
    }

    @Test
    void auditorsReadAnAggregatesWholeHistoryAndNobodyElseDoes() throws Exception {
        String id = create("审计 audit trail");
        mvc.perform(post("/api/notes/" + id + "/closing").header("Authorization", writer)).andExpect(status().isAccepted());
        String auditor = TestStack.get().bearer("audit.office", "AUDITOR");
        mvc.perform(get("/api/audit/Note/" + id + "/events").header("Authorization", auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.events[0].sequenceNumber").value(0))
                .andExpect(jsonPath("$.events[0].payload.title").value("审计 audit trail"))
                .andExpect(jsonPath("$.events[0].metadata.userId").value("li.na"))
                .andExpect(jsonPath("$.events[1].type").value(org.hamcrest.Matchers.endsWith("NoteClosed")))
                .andExpect(jsonPath("$.events[1].metadata.causationId").exists());
        mvc.perform(get("/api/audit/Note/" + id + "/events").header("Authorization", writer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/Note/nothing/events").header("Authorization", auditor)).andExpect(status().isNotFound());
        mvc.perform(get("/api/audit/Note';--/" + id + "/events").header("Authorization", auditor)).andExpect(status().isBadRequest());
    }

    @Test
    void operatorsSeeParkedEvents() throws Exception {
        mvc.perform(get("/api/admin/parked-events").header("Authorization", TestStack.get().bearer("ops", "ADMIN")))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
        mvc.perform(get("/api/admin/parked-events").header("Authorization", writer)).andExpect(status().isForbidden());
    }

    @Test
    void theApiIsDescribedWithItsBearerToken() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/notes'].post").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearer-jwt.scheme").value("bearer"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk())
                .andExpect(header().exists("Content-Security-Policy"));
    }

    private String create(String title) throws Exception {
        MvcResult result = mvc.perform(post("/api/notes").header("Authorization", writer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"" + title + "\"}"))
                .andExpect(status().isCreated()).andReturn();
        return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
