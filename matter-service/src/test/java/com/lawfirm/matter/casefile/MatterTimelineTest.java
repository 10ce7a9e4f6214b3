package com.lawfirm.matter.casefile;

import com.lawfirm.events.Topics;
import com.lawfirm.events.billing.FeeTermsApproved;
import com.lawfirm.events.conflict.ConflictCheckCleared;
import com.lawfirm.events.conflict.Waiver;
import com.lawfirm.events.conflict.WaiverRecorded;
import com.lawfirm.events.intake.ConflictCheckRequested;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.InquiryNeedIdentified;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.matter.MatterServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The timeline joins the events of intake, conflict, billing and the matter itself, in order, from Kafka. */
@SpringBootTest(classes = MatterServiceApplication.class,
        properties = {"spring.config.name=matter-service", "lawfirm.service.name=matter"})
@AutoConfigureMockMvc
@DirtiesContext
class MatterTimelineTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "matter_timeline");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;

    @Test
    void aMattersTimelineRunsFromTheInquiryThroughTheConflictCheckToBilling() throws Exception {
        String inquiry = "inq-" + UUID.randomUUID();
        String check = "chk-" + UUID.randomUUID();
        String engagement = UUID.randomUUID().toString();
        KafkaTestClient kafka = new KafkaTestClient(codec);
        kafka.publish(Topics.INTAKE, "Inquiry", inquiry, 3, new InquiryNeedIdentified(inquiry, "追讨货款 Recover the price", "买方拖欠"));
        kafka.publish(Topics.INTAKE, "Inquiry", "inq-other", 0, new InquiryNeedIdentified("inq-other", "另一个咨询", "无关"));
        kafka.publish(Topics.INTAKE, "Inquiry", inquiry, 4, new ConflictCheckRequested(check, inquiry, List.of()));
        kafka.publish(Topics.CONFLICT, "ConflictCheck", check, 1, new WaiverRecorded(check, new Waiver("Tyrell Motors Inc.",
                "waiver:2026-07", true, List.of("wang.fang"))));
        kafka.publish(Topics.CONFLICT, "ConflictCheck", check, 2, new ConflictCheckCleared(check, inquiry, List.of()));
        String eventId = kafka.publish(Topics.INTAKE, "Engagement", engagement, 5, signed(engagement, inquiry));
        kafka.publishAgain(Topics.INTAKE, signed(engagement, inquiry), eventId);
        String matter = MatterRegistration.matterId(engagement);
        String auditor = TestStack.get().bearer("qian.shen", "AUDITOR");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/matters/" + matter)
                .header("Authorization", auditor)).andExpect(status().isOk()));
        kafka.publish(Topics.BILLING, "FeeTermsReview", engagement, 0, new FeeTermsApproved(engagement, 1, "CN-2021"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/matters/" + matter + "/timeline")
                        .header("Authorization", auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].event", contains("InquiryNeedIdentified", "ConflictCheckRequested",
                        "WaiverRecorded", "ConflictCheckCleared", "EngagementSigned", "MatterOpened", "FeeTermsApproved")))
                .andExpect(jsonPath("$[*].service", contains("intake", "intake", "conflict", "conflict", "intake",
                        "matter", "billing")))
                .andExpect(jsonPath("$[5].aggregateId").value(matter)));
        mvc.perform(get("/api/matters/" + matter + "/timeline").header("Authorization",
                TestStack.get().bearer("wang.fang", "LAWYER"))).andExpect(status().isNotFound());
    }

    private static EngagementSigned signed(String engagement, String inquiry) {
        EngagementTerms terms = new EngagementTerms("货款纠纷 Unpaid price", MatterType.CIVIL_LITIGATION, "一审", null, null,
                new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.FIXED, new BigDecimal("30000"), null, null, null,
                        null, null)), null, null), List.of(), null, null, null, null);
        return new EngagementSigned(engagement, inquiry, null, "无锡恒越精密机械有限公司", List.of(new MatterParty(PartyRole.CLIENT,
                PartyKind.ORGANIZATION, "无锡恒越精密机械有限公司", List.of(), List.of())), terms, 1, "周总",
                LocalDate.of(2026, 11, 28), "张伟", LocalDate.of(2026, 11, 28));
    }
}
