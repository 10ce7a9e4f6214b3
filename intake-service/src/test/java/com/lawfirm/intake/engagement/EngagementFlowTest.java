package com.lawfirm.intake.engagement;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.events.Topics;
import com.lawfirm.events.billing.FeeTermsApproved;
import com.lawfirm.events.billing.FeeTermsRejected;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.intake.IntakeFlow;
import com.lawfirm.intake.IntakeServiceApplication;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.bus.EventEnvelope;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import static com.lawfirm.intake.IntakeFlow.TERMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The engagement contract through HTTP on a real PostgreSQL and Kafka: drafted from the accepted proposal, reviewed,
 * its fee terms decided by billing over Kafka, signed by both sides, and EngagementSigned published on intake's topic.
 */
@SpringBootTest(classes = IntakeServiceApplication.class,
        properties = {"spring.config.name=intake-service", "lawfirm.service.name=intake"})
@AutoConfigureMockMvc
@DirtiesContext
class EngagementFlowTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "intake_engagement_flow");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;

    private final String intake = TestStack.get().bearer("chen.jing", "INTAKE");
    private final String lawyer = TestStack.get().bearer("li.na", "LAWYER");
    private final String partner = TestStack.get().bearer("zhang.wei", "PARTNER");


    @Test
    void aReviewedEngagementWithApprovedFeeTermsIsSignedAndPublished() throws Exception {
        String referrer = "client-" + UUID.randomUUID();
        String inquiryId = acceptedInquiry(referrer);
        String id = JsonPath.read(call(post("/api/engagements"), lawyer,
                        "{\"inquiryId\":\"" + inquiryId + "\",\"terms\":" + TERMS + "}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        awaitEngagement(id, "$.status", "DRAFT");
        mvc.perform(get("/api/engagements/" + id).header("Authorization", lawyer))
                .andExpect(jsonPath("$.terms.fee.components[0].milestone").value("立案"))
                .andExpect(jsonPath("$.parties[0].role").value("CLIENT"))
                .andExpect(jsonPath("$.parties[1].name").value("杭州澜海智能科技有限公司"));

        String sign = "{\"side\":\"CLIENT\",\"signatory\":\"王总\",\"signedOn\":\"2026-11-26\"}";
        call(post("/api/engagements/" + id + "/signature"), lawyer, sign)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("engagement-not-approved"));
        call(post("/api/engagements/" + id + "/review"), lawyer, "{\"decision\":\"APPROVED\"}")
                .andExpect(status().isForbidden());
        call(post("/api/engagements/" + id + "/review"), partner, "{\"decision\":\"APPROVED\",\"comments\":\"同意\"}")
                .andExpect(status().isAccepted());
        kafka().publish(Topics.BILLING, new FeeTermsApproved(id, 1, "CN-2026"));
        awaitEngagement(id, "$.feeDecision.approved", true);

        call(post("/api/engagements/" + id + "/signature"), lawyer, sign).andExpect(status().isAccepted());
        call(post("/api/engagements/" + id + "/signature"), lawyer,
                "{\"side\":\"FIRM\",\"signatory\":\"张伟 Zhang Wei\",\"signedOn\":\"2026-11-27\"}").andExpect(status().isAccepted());
        awaitEngagement(id, "$.status", "SIGNED");

        EventEnvelope signed = kafka().awaitPublished(Topics.INTAKE,
                e -> e.type().endsWith("EngagementSigned") && id.equals(e.aggregateId()));
        // sealed on the bus, open to every service that reads it
        assertThat(signed.payload().toString()).doesNotContain("长沙精和环保科技有限公司");
        EngagementSigned read = (EngagementSigned) codec.decode(new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules().writeValueAsString(signed)).orElseThrow().getPayload();
        assertThat(read.clientName()).isEqualTo("长沙精和环保科技有限公司");
        assertThat(signed.payload().path("terms").path("matterType").asText()).isEqualTo("CIVIL_LITIGATION");
        assertThat(signed.metadata()).containsKey("correlationId").containsEntry("userId", "li.na");

        String month = YearMonth.now(ZoneOffset.UTC).toString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/reports/sources").param("from", month).param("to", month).header("Authorization", intake))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$[?(@.referrerClientId == '" + referrer + "')].signed", hasItem(1)))
                        .andExpect(jsonPath("$[?(@.referrerClientId == '" + referrer + "')].conversion", hasItem(1.0))));

        call(post("/api/engagements"), lawyer, "{\"inquiryId\":\"" + inquiryId + "\",\"terms\":" + TERMS + "}")
                .andExpect(status().isConflict());
    }

    @Test
    void rejectedFeeTermsBlockSigningUntilARevisionIsApproved() throws Exception {
        String inquiryId = acceptedInquiry("client-x");
        String id = JsonPath.read(call(post("/api/engagements"), lawyer,
                "{\"inquiryId\":\"" + inquiryId + "\",\"terms\":" + TERMS + "}").andReturn().getResponse().getContentAsString(), "$.id");
        awaitEngagement(id, "$.termsVersion", 1);
        call(post("/api/engagements/" + id + "/review"), partner, "{\"decision\":\"APPROVED\"}").andExpect(status().isAccepted());
        kafka().publish(Topics.BILLING, new FeeTermsRejected(id, 1, "CN-2026", "contingency-cap",
                "the success fee exceeds 18% of the first ¥1,000,000"));
        awaitEngagement(id, "$.feeDecision.failedRule", "contingency-cap");
        call(post("/api/engagements/" + id + "/signature"), lawyer,
                "{\"side\":\"CLIENT\",\"signatory\":\"王总\",\"signedOn\":\"2026-11-26\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("engagement-not-approved"));

        call(post("/api/engagements/" + id + "/revision"), lawyer, TERMS.replace("以律师费为限", "以已收律师费为限"))
                .andExpect(status().isAccepted());
        awaitEngagement(id, "$.termsVersion", 2);
        mvc.perform(get("/api/engagements/" + id).header("Authorization", lawyer))
                .andExpect(jsonPath("$.feeDecision").doesNotExist())
                .andExpect(jsonPath("$.review").doesNotExist());
    }

    @Test
    void anEngagementNeedsAnAcceptedProposalAndValidTerms() throws Exception {
        String open = JsonPath.read(call(post("/api/inquiries"), intake, IntakeFlow.inquiry("client-y"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/inquiries/" + open).header("Authorization", intake)).andExpect(status().isOk()));
        call(post("/api/engagements"), lawyer, "{\"inquiryId\":\"" + open + "\",\"terms\":" + TERMS + "}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("proposal-not-accepted"));
        call(post("/api/engagements"), lawyer, "{\"inquiryId\":\"no-such-inquiry\",\"terms\":" + TERMS + "}")
                .andExpect(status().isNotFound());
        call(post("/api/engagements"), lawyer, "{\"inquiryId\":\"" + open + "\",\"terms\":"
                + TERMS.replace("\"CIVIL_LITIGATION\"", "\"DIVORCE\"") + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("terms.matterType")));
        call(post("/api/engagements"), lawyer, "{\"inquiryId\":\"" + open + "\",\"terms\":"
                + TERMS.replace("\"amount\":30000.00", "\"amount\":-1") + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("terms.paymentSchedule[0].amount")));
        call(get("/api/reports/sources").param("from", "2026-13").param("to", "2026-01"), intake, "")
                .andExpect(status().isBadRequest());
    }

    private String acceptedInquiry(String referrer) throws Exception {
        return flow().acceptedInquiry(referrer);
    }

    private void awaitEngagement(String id, String path, Object value) {
        flow().awaitEngagement(id, path, value);
    }

    private KafkaTestClient kafka() {
        return flow().kafka();
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        return flow().call(request, token, body);
    }

    private IntakeFlow flow() {
        return new IntakeFlow(mvc, codec);
    }
}
