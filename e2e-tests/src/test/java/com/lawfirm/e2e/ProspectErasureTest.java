package com.lawfirm.e2e;

import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A prospect who never became a client: an inquiry, its conflict check, a decline; once the firm's records of it are
 * due to go (no years in this suite) and the legal hold a complaint placed is lifted, the archivist erases the
 * prospect. After every read model of every service is rebuilt, the prospect's name, identity number and phone are in
 * no table and on no topic (the hold's reason named it too, and so did every note of the inquiry, from the rough need to
 * the rejected proposal and the decline); the inquiry's and the check's histories still replay and verify.
 */
class ProspectErasureTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String NAME = "欧阳晓岚";
    private static final String ID_CARD = "110101199203070024";
    private static final String PHONE = "13600002222";
    private static final List<String> TRACES = List.of(NAME, ID_CARD, PHONE);

    private final Suite suite = Suite.get();
    private final String intake = TestStack.get().token("chen.jing", "INTAKE");
    private final String lawyer = TestStack.get().token("wen.jun", "LAWYER");
    private final String analyst = TestStack.get().token("zhou.lei", "CONFLICTS_ANALYST");
    private final String archivist = TestStack.get().token("dang.an", "ARCHIVIST");
    private final String partner = TestStack.get().token("li.ming", "PARTNER");
    private final String auditor = TestStack.get().token("qian.shen", "AUDITOR");
    private final String admin = TestStack.get().token("admin", "ADMIN");

    @Test
    void anErasedProspectIsGoneFromEveryServiceWhileItsInquiryStillReplaysAndVerifies() {
        String inquiry = inquiry();
        String url = suite.url("intake") + "/api/inquiries/" + inquiry;
        String checkId = checked(inquiry);
        String otherCheck = anotherCheckHittingTheProspect();
        recordsNamingTheProspect(url);
        assertRefused(Http.post(url + "/erasure", archivist, "{}"), "inquiry-not-ended");
        assertThat(Http.post(url + "/decline", lawyer, """
                {"reason":"OUTSIDE_EXPERTISE","internalNote":"%s 的案件非本所业务领域 outside our practice"}"""
                .formatted(NAME)).status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> Http.get(url, intake).body().path("stage").asText().equals("DECLINED"));
        assertThat(StoredTraces.tables(suite, TRACES)).as("the prospect is stored in clear, before any erasure").isNotEmpty();

        assertThat(Http.post(url + "/erasure", intake, "{}").status()).isEqualTo(403);
        // a complaint over the decline keeps the records until it is settled; its reason names the prospect (sealed)
        Http.Response hold = Http.post(url + "/legal-holds", partner, """
                {"reason":"%s 投诉婉拒 a complaint over the decline"}""".formatted(NAME));
        assertThat(hold.status()).isEqualTo(201);
        assertRefused(Http.post(url + "/erasure", archivist, "{}"), "legal-hold");
        assertThat(Http.post(url + "/legal-holds/" + hold.body().path("id").asText() + "/lift", archivist, "").status())
                .isEqualTo(202);
        assertThat(Http.post(url + "/erasure", archivist, "{\"requestId\":\"dsr-prospect-1\"}").status()).isEqualTo(202);
        assertRefused(Http.post(url + "/erasure", archivist, "{}"), "prospect-erased");
        await().atMost(WAIT).until(() -> Http.get(url, intake).body().path("prospect").path("name").asText()
                .equals(PersonalData.ERASED));
        StoredTraces.rebuildEveryReadModel(suite, admin);

        assertThat(StoredTraces.tables(suite, TRACES)).as("tables holding the prospect's data after erasure and rebuild")
                .isEmpty();
        assertThat(StoredTraces.kafkaRecords(TRACES)).as("Kafka records holding the prospect's data").isZero();
        assertThat(Http.get(otherCheck, analyst).body().findValuesAsText("matchedName")).containsOnly(PersonalData.ERASED);
        assertThat(Http.get(suite.url("intake") + "/api/audit/Inquiry/" + inquiry + "/events", auditor).body()
                .path("events").path(0).path("payload").path("prospect").path("name").asText()).isEqualTo(PersonalData.ERASED);
        for (String[] chain : List.of(new String[] {"intake", "Inquiry", inquiry},
                new String[] {"conflict", "ConflictCheck", checkId})) {
            assertThat(Http.get(suite.url(chain[0]) + "/api/audit/" + chain[1] + "/" + chain[2] + "/verify", auditor).body()
                    .path("intact").asBoolean()).as(chain[1] + " chain").isTrue();
        }
    }

    private String inquiry() {
        Http.Response opened = Http.post(suite.url("intake") + "/api/inquiries", intake, """
                {"source":{"channel":"PHONE","note":"来电咨询 a call"},
                 "prospect":{"kind":"PERSON","name":"%s","contacts":[{"kind":"PHONE","value":"%s","label":"本人"}]},
                 "roughNeed":"%s 劳动争议 a labour dispute","owner":"chen.jing"}""".formatted(NAME, PHONE, NAME));
        assertThat(opened.status()).isEqualTo(201);
        String inquiry = opened.body().path("id").asText();
        assertThat(Http.post(suite.url("intake") + "/api/inquiries/" + inquiry + "/contacts", intake, """
                {"channel":"PHONE","at":"2026-11-02T02:00:00Z","withWhom":"%s","summary":"%s 首次来电 first call"}"""
                .formatted(NAME, NAME)).status()).isEqualTo(202);
        assertThat(Http.post(suite.url("intake") + "/api/inquiries/" + inquiry + "/need", intake, """
                {"coreNeed":"追讨 %s 被拖欠的工资 unpaid wages","background":"%s 于 2025 年入职 joined in 2025"}"""
                .formatted(NAME, NAME)).status()).isEqualTo(202);
        return inquiry;
    }

    /** Once cleared, stage 2's records: every text names the prospect, as a firm's notes would. */
    private void recordsNamingTheProspect(String url) {
        assertThat(Http.post(url + "/interviews", lawyer, """
                {"date":"2026-11-03","attendees":["%s","wen.jun"],"content":"%s 陈述了解雇经过 told how she was dismissed",
                 "confirmedByClient":true}""".formatted(NAME, NAME)).status()).isEqualTo(201);
        Http.Response document = Http.post(url + "/documents", intake, """
                {"description":"%s 的劳动合同 her employment contract","dueBy":"2026-11-10"}""".formatted(NAME));
        assertThat(document.status()).isEqualTo(201);
        assertThat(Http.post(url + "/documents/" + document.body().path("id").asText() + "/receipt", intake, """
                {"receivedOn":"2026-11-05","note":"%s 本人递交 handed in by her"}""".formatted(NAME)).status())
                .isEqualTo(202);
        assertThat(Http.post(url + "/assessment", lawyer, """
                {"legalIssues":["%s 的解雇是否违法 was the dismissal unlawful"],"disputedPoints":["%s 的加班时长"],
                 "risks":["%s 缺少书面证据 no written evidence"],"successLikelyFromPercent":40,
                 "successLikelyToPercent":60,"difficulty":"MEDIUM","resourcesNeeded":"%s 的工资流水 her pay records"}"""
                .formatted(NAME, NAME, NAME, NAME)).status()).isEqualTo(202);
        assertThat(Http.post(url + "/proposals", lawyer, """
                {"objectives":"为 %s 追回工资 recover her wages","scope":"%s 劳动仲裁 the arbitration",
                 "strategy":"%s 先行调解 mediation first","expectedOutcome":"%s 获赔 compensation",
                 "quote":{"components":[{"model":"FIXED","amount":"8000.00","description":"仲裁阶段 arbitration"}]}}"""
                .formatted(NAME, NAME, NAME, NAME)).status()).isEqualTo(201);
        assertThat(Http.post(url + "/proposals/1/rejection", lawyer, """
                {"reason":"%s 认为费用过高 she finds the fee too high"}""".formatted(NAME)).status()).isEqualTo(202);
    }

    private String checked(String inquiry) {
        return new IntakeSteps(suite).clearedCheck(inquiry, """
                [{"role":"PROSPECTIVE_CLIENT","kind":"PERSON","name":"%s",
                  "identifiers":[{"scheme":"CN_RESIDENT_ID","value":"%s"}]},
                 {"role":"ADVERSE","kind":"ORGANIZATION","name":"南通鼎信物流有限公司"}]""".formatted(NAME, ID_CARD),
                "无关联 unrelated");
    }

    /**
     * While the inquiry is open, another prospect's check names the prospect's name in pinyin on the other side: its hit
     * on this prospect stores the prospect's name. Returns the other check's address.
     */
    private String anotherCheckHittingTheProspect() {
        Http.Response opened = Http.post(suite.url("intake") + "/api/inquiries", intake, """
                {"source":{"channel":"WEBSITE","note":"官网 web form"},
                 "prospect":{"kind":"ORGANIZATION","name":"苏州恒立纺织有限公司"},
                 "roughNeed":"劳动合同 an employment contract","owner":"chen.jing"}""");
        assertThat(opened.status()).isEqualTo(201);
        Http.Response requested = Http.post(suite.url("intake") + "/api/inquiries/" + opened.body().path("id").asText()
                + "/conflict-check", intake, """
                {"parties":[{"role":"PROSPECTIVE_CLIENT","kind":"ORGANIZATION","name":"苏州恒立纺织有限公司"},
                            {"role":"ADVERSE","kind":"PERSON","name":"Ouyang Xiaolan"}]}""");
        assertThat(requested.status()).isEqualTo(202);
        String check = suite.url("conflict") + "/api/conflict-checks/" + requested.body().path("checkId").asText();
        await().atMost(WAIT).until(() -> Http.get(check, analyst),
                r -> r.status() == 200 && !r.body().path("status").asText().isEmpty());
        assertThat(Http.get(check, analyst).body().findValuesAsText("matchedName")).contains(NAME);
        return check;
    }

    private static void assertRefused(Http.Response response, String rule) {
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().path("rule").asText()).isEqualTo(rule);
    }
}
