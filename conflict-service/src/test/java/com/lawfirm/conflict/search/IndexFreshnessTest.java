package com.lawfirm.conflict.search;

import com.lawfirm.conflict.ConflictServiceApplication;
import com.lawfirm.events.Topics;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyKind;
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

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Never a false clear from a stale index: while the index lags behind the log, a check is refused, not answered. */
@SpringBootTest(classes = ConflictServiceApplication.class, properties = {"spring.config.name=conflict-service",
        "lawfirm.service.name=conflict", "lawfirm.conflict.freshness-patience=1s"})
@AutoConfigureMockMvc
@DirtiesContext
class IndexFreshnessTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "conflict_freshness");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    GraphFeeder feeder;
    @Autowired
    EnvelopeCodec codec;

    private final String analyst = TestStack.get().bearer("zhou.lei", "CONFLICTS_ANALYST");

    @Test
    void aCheckOnALaggingIndexIsRefusedAndRunsOnceTheIndexHasCaughtUp() throws Exception {
        String name = "大连海" + UUID.randomUUID().toString().substring(0, 4) + "远洋渔业有限公司";
        String check = "{\"purpose\":\"AD_HOC\",\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\"}]}";
        feeder.stop();
        String clientId = UUID.randomUUID().toString();
        new KafkaTestClient(codec).publish(Topics.INTAKE, new ClientRegistered(clientId, PartyKind.ORGANIZATION, name,
                List.of(), List.of(), List.of(), List.of(), Language.ZH, null, null, null));

        check(check).andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("https://lawfirm.example/problems/temporarily-unavailable"));

        feeder.start();
        String id = com.jayway.jsonpath.JsonPath.read(await().atMost(Duration.ofSeconds(30)).until(
                () -> check(check).andReturn().getResponse(), r -> r.getStatus() == 201).getContentAsString(), "$.id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/conflict-checks/" + id).header("Authorization", analyst))
                        .andExpect(jsonPath("$.hits[*].clientId", hasItem(clientId))));
    }

    private ResultActions check(String body) throws Exception {
        return mvc.perform(post("/api/conflict-checks").header("Authorization", analyst)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
