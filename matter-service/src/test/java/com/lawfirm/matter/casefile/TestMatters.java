package com.lawfirm.matter.casefile;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.events.Topics;
import com.lawfirm.events.conflict.TeamMemberConflictChecked;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Opens matters and enrols staff for the tests of other packages, as the real flows would. */
@TestComponent
public class TestMatters {

    private final MatterRegistration registration;
    private final ReadModelStore store;
    private final MockMvc mvc;
    private final EnvelopeCodec codec;

    TestMatters(MatterRegistration registration, ReadModelStore store, MockMvc mvc, EnvelopeCodec codec) {
        this.registration = registration;
        this.store = store;
        this.mvc = mvc;
        this.codec = codec;
    }

    /** Plays conflict-service: its check of a team member arrives on its topic. */
    public void conflictCheck(String matterId, String staffId, List<String> findings) {
        new KafkaTestClient(codec).publish(Topics.CONFLICT, "TeamMemberCheck", "member:" + UUID.randomUUID(), 0,
                new TeamMemberConflictChecked("member:" + UUID.randomUUID(), matterId, staffId, findings.isEmpty(), findings));
    }

    /** Opens a matter from a signed engagement of the inquiry and waits until the register shows it. */
    public String open(String inquiryId) {
        LocalDate today = LocalDate.now();
        EngagementTerms terms = new EngagementTerms("专利侵权纠纷 Patent infringement", MatterType.INTELLECTUAL_PROPERTY,
                "一审", null, null, new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.FIXED, new BigDecimal("50000"),
                null, null, null, null, null)), null, null), List.of(), null, null, null, null);
        EngagementSigned engagement = new EngagementSigned(UUID.randomUUID().toString(), inquiryId, null,
                "无锡恒越精密机械有限公司", List.of(new MatterParty(PartyRole.CLIENT, PartyKind.ORGANIZATION,
                "无锡恒越精密机械有限公司", List.of(), List.of())), terms, 1, "周总", today, "张伟", today);
        registration.open(engagement);
        String matterId = MatterRegistration.matterId(engagement.engagementId());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> store.get(MatterProjection.COLLECTION, matterId, MatterView.class).isPresent());
        return matterId;
    }

    /** Enrols a staff member with a login and waits until the directory shows them. */
    public String enrol(String name, String role, String login) throws Exception {
        String id = JsonPath.read(mvc.perform(post("/api/staff").header("Authorization", TestStack.get().bearer("admin", "ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"%s","role":"%s","licenceNumber":"1310120191012%04d","joinedOn":"2026-01-01",
                                 "login":"%s"}""".formatted(name, role, Math.abs(login.hashCode() % 10000), login)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        await().atMost(Duration.ofSeconds(30)).until(() -> store.get("staff", id, Object.class).isPresent());
        return id;
    }
}
