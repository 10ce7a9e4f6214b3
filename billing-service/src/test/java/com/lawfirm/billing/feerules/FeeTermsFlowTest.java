package com.lawfirm.billing.feerules;

import com.lawfirm.billing.BillingServiceApplication;
import com.lawfirm.events.Topics;
import com.lawfirm.events.intake.EngagementDrafted;
import com.lawfirm.events.intake.EngagementRevised;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.bus.EventEnvelope;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Fee terms decided from intake's events on a real PostgreSQL and Kafka, and the what-if check over HTTP. */
@SpringBootTest(classes = BillingServiceApplication.class,
        properties = {"spring.config.name=billing-service", "lawfirm.service.name=billing"})
@AutoConfigureMockMvc
@DirtiesContext
class FeeTermsFlowTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "billing_fee_terms");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;

    @Test
    void eachDraftedOrRevisedContractGetsOneDecisionOnItsFeeTerms() {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String engagement = UUID.randomUUID().toString();
        EngagementDrafted drafted = new EngagementDrafted(engagement, "inq-1", 1, null, "刘洋",
                List.of(new MatterParty(PartyRole.CLIENT, PartyKind.PERSON, "刘洋", List.of(), List.of())),
                terms(MatterType.LABOUR_REMUNERATION), 1);
        String eventId = kafka.publish(Topics.INTAKE, drafted);
        kafka.publishAgain(Topics.INTAKE, drafted, eventId);
        EventEnvelope rejected = kafka.awaitPublished(Topics.BILLING,
                e -> e.type().endsWith("FeeTermsRejected") && engagement.equals(e.payload().path("engagementId").asText()));
        assertThat(rejected.payload().path("rule").asText()).isEqualTo("contingency-not-allowed");
        assertThat(rejected.payload().path("ruleSet").asText()).isEqualTo("CN-2021");

        kafka.publish(Topics.INTAKE, new EngagementRevised(engagement, terms(MatterType.CIVIL_LITIGATION), 2));
        EventEnvelope approved = kafka.awaitPublished(Topics.BILLING,
                e -> e.type().endsWith("FeeTermsApproved") && engagement.equals(e.payload().path("engagementId").asText()));
        assertThat(approved.payload().path("termsVersion").asInt()).isEqualTo(2);
    }

    @Test
    void theWhatIfCheckAnswersOverHttp() throws Exception {
        String billing = TestStack.get().bearer("qian.hui", "BILLING");
        mvc.perform(post("/api/fee-rules/check").header("Authorization", billing).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"matterType":"CIVIL_LITIGATION","amountInDispute":5000000,
                                 "components":[{"model":"CONTINGENCY","percentage":16}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approved").value(false))
                .andExpect(jsonPath("$.rule").value("contingency-cap"))
                .andExpect(jsonPath("$.contingencyCap").value(780000.00));
        mvc.perform(post("/api/fee-rules/check").header("Authorization", billing).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"matterType\":\"DIVORCE\",\"components\":[{\"model\":\"FIXED\",\"amount\":1}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matterType"));
        mvc.perform(post("/api/fee-rules/check").header("Authorization", billing).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"matterType\":\"CRIMINAL\",\"components\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("components"));
    }

    private static EngagementTerms terms(MatterType type) {
        return new EngagementTerms("劳动报酬纠纷", type, "仲裁", null, null, new FeeQuote("CNY", List.of(
                new FeeComponent(FeeModel.CONTINGENCY, null, null, null, new BigDecimal("12"), null, "回款比例")),
                new BigDecimal("300000"), "风险代理"), List.of(), null, null, null, "风险代理条款");
    }
}
