package com.lawfirm.conflict.search;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.conflict.ConflictServiceApplication;
import com.lawfirm.events.Topics;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.EthicalWallErected;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.WallSource;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.kit.bus.EnvelopeCodec;
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
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ethical walls in conflict results: a screened member of staff, whatever their role, learns that a hit exists and
 * whom to ask — in ad hoc searches and in recorded checks — never the matter behind the wall.
 */
@SpringBootTest(classes = ConflictServiceApplication.class,
        properties = {"spring.config.name=conflict-service", "lawfirm.service.name=conflict"})
@AutoConfigureMockMvc
@DirtiesContext
class WallsApiTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "conflict_walls");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;

    private final String analyst = TestStack.get().bearer("zhou.lei", "CONFLICTS_ANALYST");
    private final String screened = TestStack.get().bearer("Wang.Screened", "PARTNER", "LAWYER");

    @Test
    void aScreenedPartnerSeesThatAHitExistsAndWhomToAskButNotTheMatter() throws Exception {
        String matter = UUID.randomUUID().toString();
        String number = "2026-LIT-" + (1000 + new java.util.Random().nextInt(8999));
        KafkaTestClient kafka = new KafkaTestClient(codec);
        kafka.publish(Topics.MATTER, "Matter", matter, 0, new MatterOpened(matter, number, "e-" + matter, "inq-" + matter,
                "c-" + matter, "苏州工业园区恒通物流有限公司", MatterType.CIVIL_LITIGATION, "运输合同纠纷",
                List.of(new MatterParty(PartyRole.ADVERSE, PartyKind.ORGANIZATION, "南通远洋船务有限公司", List.of(), List.of())),
                LocalDate.of(2026, 11, 28), null));
        kafka.publish(Topics.MATTER, "EthicalWall", "wall-" + matter, 0, new EthicalWallErected("wall-" + matter, null,
                "inq-" + matter, List.of("wang.screened"), WallSource.CONFLICT_WAIVER, "曾代理对方 Acted for the other side",
                "zhou.lei", LocalDate.of(2026, 11, 28)));
        String body = "{\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"ORGANIZATION\",\"name\":\"南通远洋船务有限公司\"}]}";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> search(analyst, body)
                .andExpect(jsonPath("$.hits[*].hit.matters[*].matterRef", hasItem(number))));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> search(screened, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits").isNotEmpty())
                .andExpect(jsonPath("$.hits[*].hit.matters[*].matterRef", not(hasItem(number))))
                .andExpect(jsonPath("$.hits[*].hit.matters[*].title", hasItem(containsString("ask zhou.lei")))));
        assertThat(search(screened, body).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(number).doesNotContain("运输合同纠纷");

        // the same hit frozen into a recorded check: the analyst sees the matter, the screened partner does not
        String id = JsonPath.read(mvc.perform(post("/api/conflict-checks").header("Authorization", analyst)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"purpose\":\"AD_HOC\"," + body.substring(1)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/conflict-checks/" + id)
                .header("Authorization", analyst)).andExpect(jsonPath("$.hits[*].matters[*].matterRef", hasItem(number))));
        String seen = mvc.perform(get("/api/conflict-checks/" + id).header("Authorization", screened))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].matters[*].title", hasItem(containsString("ask zhou.lei"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(seen).doesNotContain(number).doesNotContain("运输合同纠纷");
    }

    private ResultActions search(String token, String body) throws Exception {
        return mvc.perform(post("/api/conflict-searches").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
