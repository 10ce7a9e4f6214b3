package com.lawfirm.matter.walls;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.events.Topics;
import com.lawfirm.events.billing.AccountAccessDenied;
import com.lawfirm.events.conflict.ConflictCheckCleared;
import com.lawfirm.events.conflict.Waiver;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.matter.MatterServiceApplication;
import com.lawfirm.matter.casefile.TestMatters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ethical walls on a real PostgreSQL and Kafka: a waiver's wall stands on the matter opened from its inquiry, beats
 * every role, cannot be staffed through, and records each attempt; a manual wall beats team membership.
 */
@SpringBootTest(classes = {MatterServiceApplication.class, TestMatters.class},
        properties = {"spring.config.name=matter-service", "lawfirm.service.name=matter"})
@AutoConfigureMockMvc
@DirtiesContext
class EthicalWallTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "matter_walls");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;
    @Autowired
    TestMatters matters;

    private final TestStack stack = TestStack.get();
    private final String admin = stack.bearer("admin", "ADMIN");
    private final String screenedPartner = stack.bearer("sun.li", "PARTNER", "AUDITOR");
    private final String analyst = stack.bearer("zhou.lei", "CONFLICTS_ANALYST");

    @Test
    void aWaiversWallScreensAPartnerFromTheMatterWhateverTheirRoles() throws Exception {
        String screenedId = matters.enrol("孙立 Sun Li", "PARTNER", "sun.li");
        String leadId = matters.enrol("李娜 Li Na", "LAWYER", "li.na");
        String inquiry = "inq-" + UUID.randomUUID();
        new KafkaTestClient(codec).publish(Topics.CONFLICT, "ConflictCheck", "chk-" + inquiry, 3,
                new ConflictCheckCleared("chk-" + inquiry, inquiry, List.of(new Waiver("Tyrell Motors Inc.",
                        "waiver:2026-118", true, List.of("Sun.Li")))));
        String matter = matters.open(inquiry);
        String path = "/api/matters/" + matter;

        await().atMost(WAIT).untilAsserted(() -> read(path, screenedPartner).andExpect(status().isNotFound()));
        read(path + "/timeline", screenedPartner).andExpect(status().isNotFound());
        read(path + "/documents", screenedPartner).andExpect(status().isNotFound());
        read("/api/matters", screenedPartner).andExpect(jsonPath("$.items[*].matterId", not(hasItem(matter))));
        read(path, admin).andExpect(status().isOk());
        send(post(path + "/team"), admin, "{\"staffId\":\"" + screenedId + "\",\"role\":\"MEMBER\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("screened-by-wall"));

        String wall = JsonPath.read(read("/api/walls", analyst).andReturn().getResponse().getContentAsString(),
                "$.items[0].wallId");
        await().atMost(WAIT).untilAsserted(() -> read("/api/walls/" + wall + "/denied-attempts", analyst)
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[*].login", hasItem("sun.li")))
                .andExpect(jsonPath("$.items[*].attempted", hasItem("GET " + path + "/timeline"))));
        // billing's refusals through the same wall join the report
        new KafkaTestClient(codec).publish(Topics.BILLING, "DeniedAccess", "att-" + wall, 0, new AccountAccessDenied(
                "att-" + wall, wall, matter, "sun.li", "GET /api/invoices/inv-1", java.time.Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> read("/api/walls/" + wall + "/denied-attempts", analyst)
                .andExpect(jsonPath("$.items.length()").value(4))
                .andExpect(jsonPath("$.items[0].attempted").value("billing: GET /api/invoices/inv-1")));

        // a wall decided by hand beats even a seat on the team
        send(post(path + "/team"), admin, "{\"staffId\":\"" + leadId + "\",\"role\":\"LEAD_LAWYER\"}")
                .andExpect(status().isAccepted());
        String lead = stack.bearer("li.na", "LAWYER");
        await().atMost(WAIT).untilAsserted(() -> send(post(path + "/team/" + leadId + "/undertaking"), lead, "")
                .andExpect(status().isAccepted()));
        matters.conflictCheck(matter, leadId, List.of());
        await().atMost(WAIT).untilAsserted(() -> read(path, lead).andExpect(status().isOk()));
        send(post("/api/walls"), analyst, "{\"matterId\":\"" + matter + "\",\"screened\":[\"li.na\"],"
                + "\"reason\":\"家属为对方股东 A relative holds shares in the opponent\"}").andExpect(status().isCreated());
        await().atMost(WAIT).untilAsserted(() -> read(path, lead).andExpect(status().isNotFound()));
        send(post("/api/walls"), lead, "{\"matterId\":\"" + matter + "\",\"screened\":[\"x\"],\"reason\":\"x\"}")
                .andExpect(status().isForbidden());
    }

    private ResultActions read(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", token));
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
