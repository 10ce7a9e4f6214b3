package com.lawfirm.e2e;

import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stages 1 to 3 across three services: the inquiry is cleared by conflict-service, its accepted proposal becomes a
 * contract, billing approves the fee terms on its own, the partner approves the contract, both sides sign.
 */
class EngagementLoopTest {

    private final Suite suite = Suite.get();
    private final String intake = TestStack.get().token("chen.jing", "INTAKE");
    private final String lawyer = TestStack.get().token("li.na", "LAWYER");
    private final String partner = TestStack.get().token("zhang.wei", "PARTNER");
    private final String analyst = TestStack.get().token("zhou.lei", "CONFLICTS_ANALYST");
    private final String auditor = TestStack.get().token("qian.shen", "AUDITOR");

    @Test
    void anInquiryBecomesASignedEngagement() {
        String inquiry = Http.post(suite.url("intake") + "/api/inquiries", intake, """
                {"source":{"channel":"CONFERENCE","note":"2026 长三角法律论坛"},
                 "prospect":{"kind":"ORGANIZATION","name":"无锡恒越精密机械有限公司"},"roughNeed":"专利侵权 patent infringement"}""")
                .body().path("id").asText();
        String checkId = Http.post(suite.url("intake") + "/api/inquiries/" + inquiry + "/conflict-check", intake, """
                {"parties":[{"role":"PROSPECTIVE_CLIENT","kind":"ORGANIZATION","name":"无锡恒越精密机械有限公司"},
                            {"role":"ADVERSE","kind":"ORGANIZATION","name":"Tyrell Motors Inc."}]}""").body().path("checkId").asText();
        await().atMost(Duration.ofSeconds(60)).until(
                () -> Http.get(suite.url("conflict") + "/api/conflict-checks/" + checkId, analyst).status() == 200);
        Http.post(suite.url("conflict") + "/api/conflict-checks/" + checkId + "/decision", analyst,
                "{\"assessment\":\"CLEAR\",\"reasoning\":\"no conflict\"}");
        awaitInquiry(inquiry, "CLEARED");

        assertThat(Http.post(suite.url("intake") + "/api/inquiries/" + inquiry + "/proposals", lawyer, """
                {"objectives":"停止侵权并赔偿","scope":"一审","quote":{"currency":"CNY","amountInDispute":3000000,
                 "components":[{"model":"FIXED","amount":50000,"description":"基础费用"},
                               {"model":"CONTINGENCY","percentage":8,"description":"胜诉后按判赔额 8%"}]}}""").status())
                .isEqualTo(201);
        Http.post(suite.url("intake") + "/api/inquiries/" + inquiry + "/proposals/1/acceptance", lawyer, "{}");
        awaitInquiry(inquiry, "PROPOSAL_ACCEPTED");

        Http.Response drafted = Http.post(suite.url("intake") + "/api/engagements", lawyer, """
                {"inquiryId":"%s","terms":{"matterType":"INTELLECTUAL_PROPERTY","matterDescription":"专利侵权纠纷一审",
                 "contingencyClause":"风险代理：胜诉并实际执行到位后按 8%% 收取"}}""".formatted(inquiry));
        assertThat(drafted.status()).isEqualTo(201);
        String engagement = drafted.body().path("id").asText();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.get(suite.url("intake")
                + "/api/engagements/" + engagement, lawyer).body().path("feeDecision").path("approved").asBoolean()).isTrue());
        assertThat(Http.post(suite.url("intake") + "/api/engagements/" + engagement + "/review", partner,
                "{\"decision\":\"APPROVED\"}").status()).isEqualTo(202);
        assertThat(Http.post(suite.url("intake") + "/api/engagements/" + engagement + "/signature", lawyer,
                "{\"side\":\"CLIENT\",\"signatory\":\"周总\",\"signedOn\":\"2026-11-28\"}").status()).isEqualTo(202);
        assertThat(Http.post(suite.url("intake") + "/api/engagements/" + engagement + "/signature", lawyer,
                "{\"side\":\"FIRM\",\"signatory\":\"张伟\",\"signedOn\":\"2026-11-28\"}").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Http.get(suite.url("intake")
                + "/api/engagements/" + engagement, lawyer).body().path("status").asText()).isEqualTo("SIGNED"));

        // matter-service opens and numbers the matter; conflict-service finds its parties from then on
        String matterNumber = await().atMost(Duration.ofSeconds(60)).until(() -> matterNumberOf(engagement), n -> n != null);
        assertThat(matterNumber).matches("\\d{4}-IP-\\d{4}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.post(suite.url("conflict")
                + "/api/conflict-searches", analyst, "{\"parties\":[{\"role\":\"PROSPECTIVE_CLIENT\",\"kind\":\"ORGANIZATION\","
                + "\"name\":\"Tyrell Motors Corporation\"}]}").body().findValuesAsText("matterRef")).contains(matterNumber));
    }

    private String matterNumberOf(String engagement) {
        for (com.fasterxml.jackson.databind.JsonNode matter : Http.get(suite.url("matter") + "/api/matters", auditor).body().path("items")) {
            if (matter.path("engagementId").asText().equals(engagement)) {
                return matter.path("matterNumber").asText();
            }
        }
        return null;
    }

    private void awaitInquiry(String inquiry, String stage) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.get(suite.url("intake")
                + "/api/inquiries/" + inquiry, intake).body().path("stage").asText()).isEqualTo(stage));
    }
}
