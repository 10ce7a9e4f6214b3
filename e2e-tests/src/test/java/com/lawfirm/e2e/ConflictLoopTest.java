package com.lawfirm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The red line across services: an inquiry asks for a conflict check, conflict-service runs it on its graph, the
 * conflicts analyst decides, and the inquiry is unblocked or closed, each step an event on Kafka.
 */
class ConflictLoopTest {

    private final Suite suite = Suite.get();
    private final String intake = TestStack.get().token("chen.jing", "INTAKE");
    private final String lawyer = TestStack.get().token("li.na", "LAWYER");
    private final String analyst = TestStack.get().token("zhou.lei", "CONFLICTS_ANALYST");

    @Test
    void aClearedCheckUnblocksTheInquiry() {
        String inquiry = openInquiry("宁波海川新材料有限公司");
        String checkId = requestCheck(inquiry, "宁波海川新材料有限公司", "厦门云岭软件有限公司");
        JsonNode check = awaitCheck(checkId);
        assertThat(check.path("status").asText()).isEqualTo("AWAITING_DECISION");
        assertThat(check.path("matcherVersion").asText()).startsWith("matcher-3");
        assertThat(Http.post(suite.url("conflict") + "/api/conflict-checks/" + checkId + "/decision", analyst,
                "{\"assessment\":\"CLEAR\",\"reasoning\":\"无利益冲突 no conflict found\"}").status()).isEqualTo(202);
        awaitStage(inquiry, "CLEARED");
        assertThat(Http.post(suite.url("intake") + "/api/inquiries/" + inquiry + "/interviews", lawyer,
                "{\"date\":\"2026-11-28\",\"attendees\":[\"李娜\"],\"content\":\"谈话笔录\",\"confirmedByClient\":true}").status())
                .isEqualTo(201);
    }

    @Test
    void anAbsoluteConflictWithACurrentClientDeclinesTheInquiry() {
        String client = "青岛蓝鲸" + UUID.randomUUID().toString().substring(0, 4) + "海洋科技有限公司";
        Http.Response registered = Http.post(suite.url("intake") + "/api/clients", intake,
                "{\"kind\":\"ORGANIZATION\",\"name\":\"" + client + "\"}");
        assertThat(registered.status()).isEqualTo(201);
        String clientId = registered.body().path("id").asText();

        String inquiry = openInquiry("烟台远帆渔业有限公司");
        String checkId = requestCheck(inquiry, "烟台远帆渔业有限公司", client);
        JsonNode check = awaitCheck(checkId);
        assertThat(check.path("hits").findValuesAsText("clientId")).contains(clientId);
        assertThat(Http.post(suite.url("conflict") + "/api/conflict-checks/" + checkId + "/decision", analyst,
                "{\"assessment\":\"ABSOLUTE\",\"reasoning\":\"对方为本所现任客户\"}").status()).isEqualTo(202);
        awaitStage(inquiry, "DECLINED");
        Http.Response refused = Http.post(suite.url("intake") + "/api/inquiries/" + inquiry + "/interviews", lawyer,
                "{\"date\":\"2026-11-28\",\"attendees\":[\"李娜\"],\"content\":\"x\",\"confirmedByClient\":false}");
        assertThat(refused.status()).isEqualTo(409);
        Http.Response letter = Http.get(suite.url("intake") + "/api/inquiries/" + inquiry + "/decline-letter", intake);
        assertThat(letter.body().path("body").asText()).contains("烟台远帆渔业有限公司").doesNotContain(client);
    }

    private String openInquiry(String prospect) {
        Http.Response opened = Http.post(suite.url("intake") + "/api/inquiries", intake,
                "{\"source\":{\"channel\":\"WEBSITE\"},\"prospect\":{\"kind\":\"ORGANIZATION\",\"name\":\"" + prospect + "\"}}");
        assertThat(opened.status()).isEqualTo(201);
        return opened.body().path("id").asText();
    }

    private String requestCheck(String inquiry, String prospect, String adverse) {
        Http.Response requested = Http.post(suite.url("intake") + "/api/inquiries/" + inquiry + "/conflict-check", intake,
                "{\"parties\":[{\"role\":\"PROSPECTIVE_CLIENT\",\"kind\":\"ORGANIZATION\",\"name\":\"" + prospect + "\"},"
                        + "{\"role\":\"ADVERSE\",\"kind\":\"ORGANIZATION\",\"name\":\"" + adverse + "\"}]}");
        assertThat(requested.status()).isEqualTo(202);
        return requested.body().path("checkId").asText();
    }

    private JsonNode awaitCheck(String checkId) {
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> Http.get(suite.url("conflict") + "/api/conflict-checks/" + checkId, analyst),
                r -> r.status() == 200).body();
    }

    private void awaitStage(String inquiry, String stage) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(Http.get(suite.url("intake") + "/api/inquiries/" + inquiry, intake).body().path("stage").asText())
                        .isEqualTo(stage));
    }
}
