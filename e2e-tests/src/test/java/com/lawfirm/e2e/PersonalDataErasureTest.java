package com.lawfirm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.lawfirm.auditexport.MatterExport;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crypto-shredding across the suite. A person becomes a client, an inquiry, a conflict check, an engagement, a matter
 * with a team, time and records that name the client (reports, a call, a key event, a settlement, a work plan, a
 * quality review, materials); years later, retention over, the archivist erases the client. Then every read model of
 * every service is rebuilt from the logs, and the person's name, identity number and phone are nowhere: not in any
 * table of any service's database, not on any Kafka topic, not in a conflict search, not in the auditor's export. The
 * matter still replays and every hash chain still verifies.
 */
class PersonalDataErasureTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String NAME = "司马青云";
    private static final String ALIAS = "Sima Qingyun";
    private static final String ID_CARD = "110101198804150017";
    private static final String PHONE = "13700001111";
    private static final List<String> TRACES = List.of(NAME, ALIAS, ID_CARD, PHONE);

    private final Suite suite = Suite.get();
    private final String intake = TestStack.get().token("chen.jing", "INTAKE");
    private final String lawyer = TestStack.get().token("wen.jun", "LAWYER");
    private final String partner = TestStack.get().token("wen.hua", "PARTNER");
    private final String analyst = TestStack.get().token("zhou.lei", "CONFLICTS_ANALYST");
    private final String archivist = TestStack.get().token("dang.an", "ARCHIVIST");
    private final String auditor = TestStack.get().token("qian.shen", "AUDITOR");
    private final String admin = TestStack.get().token("admin", "ADMIN");

    @Test
    void anErasedClientIsGoneFromEveryServiceWhileItsMatterStillReplaysAndVerifies() throws Exception {
        String client = register();
        String inquiry = inquiry(client);
        String checkId = clearedCheck(inquiry);
        String engagement = signedEngagement(inquiry);
        String matter = await().atMost(WAIT).until(() -> matterOf(client, engagement), id -> id != null);
        staffAndRecordTime(matter);
        recordsNamingTheClient(matter);
        assertThat(StoredTraces.tables(suite, TRACES)).as("the name is stored in clear, before any erasure").isNotEmpty();

        close(matter);
        erase(client);
        await().atMost(WAIT).untilAsserted(() -> assertThat(Http.get(suite.url("matter") + "/api/matters/" + matter, auditor)
                .body().path("clientName").asText()).isEqualTo(PersonalData.ERASED));
        // the closed matter records nothing more of the relationship: it would speak of the erased client
        await().atMost(WAIT).untilAsserted(() -> assertThat(Http.post(suite.url("matter") + "/api/matters/" + matter
                + "/communications", lawyer, """
                {"channel":"PHONE","direction":"INBOUND","counterpart":"%s","summary":"%s 再次来电 called again",
                 "at":"2024-03-01T02:00:00Z"}""".formatted(NAME, NAME)).body().path("rule").asText())
                .isEqualTo("client-erased"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(StoredTraces.tables(suite, TRACES))
                .as("tables holding the client's data once every service read the erasure, before any rebuild").isEmpty());
        StoredTraces.rebuildEveryReadModel(suite, admin);

        assertThat(StoredTraces.tables(suite, TRACES)).as("tables holding the client's data after erasure and rebuild").isEmpty();
        assertThat(StoredTraces.kafkaRecords(TRACES)).as("Kafka records holding the client's data").isZero();
        JsonNode search = Http.post(suite.url("conflict") + "/api/conflict-searches", analyst,
                "{\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"PERSON\",\"name\":\"" + NAME + "\"}]}").body();
        assertThat(search.findValuesAsText("clientId")).doesNotContain(client);

        // the matter still replays, with its history whole and the client's name erased in it
        JsonNode history = Http.get(suite.url("matter") + "/api/audit/Matter/" + matter + "/events", auditor).body();
        assertThat(history.path("events").path(0).path("payload").path("clientName").asText()).isEqualTo(PersonalData.ERASED);
        assertThat(Http.get(suite.url("matter") + "/api/audit/Matter/" + matter + "/state?asOf=" + Instant.now(), auditor)
                .body().path("sequenceNumber").asLong()).isPositive();
        for (String[] chain : List.of(new String[] {"intake", "Client", client}, new String[] {"intake", "Inquiry", inquiry},
                new String[] {"intake", "Engagement", engagement}, new String[] {"conflict", "ConflictCheck", checkId},
                new String[] {"matter", "Matter", matter}, new String[] {"billing", "MatterAccount", matter})) {
            assertThat(Http.get(suite.url(chain[0]) + "/api/audit/" + chain[1] + "/" + chain[2] + "/verify", auditor).body()
                    .path("intact").asBoolean()).as(chain[1] + " chain").isTrue();
        }
        Map<String, String> urls = new HashMap<>();
        suite.names().forEach(service -> urls.put(service, suite.url(service)));
        Path zip = Files.createTempDirectory("erased").resolve("export.zip");
        assertThat(new MatterExport(urls, auditor).export(matter, zip).intact()).isTrue();
        String exported = unzipped(zip);
        assertThat(exported).contains(PersonalData.ERASED);
        TRACES.forEach(trace -> assertThat(exported).doesNotContain(trace));
    }

    private String register() {
        Http.Response registered = Http.post(suite.url("intake") + "/api/clients", intake, """
                {"kind":"PERSON","name":"%s","aliases":["%s"],"identifiers":[{"scheme":"CN_RESIDENT_ID","value":"%s"}],
                 "contacts":[{"kind":"PHONE","value":"%s","label":"手机 mobile"}],"preferredLanguage":"ZH",
                 "consent":{"purpose":"法律服务 legal services","retentionYears":10,"givenOn":"2013-05-02","method":"书面 signed"}}"""
                .formatted(NAME, ALIAS, ID_CARD, PHONE));
        assertThat(registered.status()).isEqualTo(201);
        return registered.body().path("id").asText();
    }

    private String inquiry(String client) {
        Http.Response opened = Http.post(suite.url("intake") + "/api/inquiries", intake, """
                {"source":{"channel":"WEBSITE","note":"官网咨询 web form"},
                 "prospect":{"kind":"PERSON","name":"%s","contacts":[{"kind":"PHONE","value":"%s","label":"本人"}]},
                 "roughNeed":"房屋买卖合同纠纷 a house purchase dispute","owner":"chen.jing","existingClientId":"%s"}"""
                .formatted(NAME, PHONE, client));
        assertThat(opened.status()).isEqualTo(201);
        String inquiry = opened.body().path("id").asText();
        assertThat(Http.post(inquiryUrl(inquiry) + "/contacts", intake, """
                {"channel":"PHONE","at":"2013-05-02T02:00:00Z","withWhom":"%s","summary":"%s 首次来电 first call"}"""
                .formatted(NAME, NAME)).status()).isEqualTo(202);
        return inquiry;
    }

    private String clearedCheck(String inquiry) {
        return new IntakeSteps(suite).clearedCheck(inquiry, """
                [{"role":"PROSPECTIVE_CLIENT","kind":"PERSON","name":"%s",
                  "identifiers":[{"scheme":"CN_RESIDENT_ID","value":"%s"}]},
                 {"role":"ADVERSE","kind":"ORGANIZATION","name":"北京澄江房地产开发有限公司"}]""".formatted(NAME, ID_CARD),
                "本所客户本人 the firm's own client");
    }

    private String signedEngagement(String inquiry) {
        assertThat(Http.post(inquiryUrl(inquiry) + "/interviews", lawyer, """
                {"date":"2013-05-10","attendees":["温军 Wen Jun","%s"],"content":"谈话笔录：%s 的购房合同及付款凭证",
                 "confirmedByClient":true}""".formatted(NAME, NAME))
                .status()).isEqualTo(201);
        assertThat(Http.post(inquiryUrl(inquiry) + "/assessment", lawyer, """
                {"legalIssues":["逾期交房 late delivery"],"disputedPoints":["违约金 the penalty"],"risks":["证据不足"],
                 "successLikelyFromPercent":50,"successLikelyToPercent":65,"difficulty":"MEDIUM"}""").status()).isEqualTo(202);
        assertThat(Http.post(inquiryUrl(inquiry) + "/proposals", lawyer, """
                {"objectives":"追索违约金","scope":"代理 %s 一审 the first instance for the client",
                 "quote":{"currency":"CNY","amountInDispute":800000,
                 "components":[{"model":"FIXED","amount":30000,"description":"基础费用"}]}}""".formatted(NAME)).status())
                .isEqualTo(201);
        assertThat(Http.post(inquiryUrl(inquiry) + "/proposals/1/acceptance", lawyer, "{\"acceptedOn\":\"2013-05-12\"}")
                .status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> Http.get(inquiryUrl(inquiry), intake).body().path("stage").asText()
                .equals("PROPOSAL_ACCEPTED"));
        Http.Response drafted = Http.post(suite.url("intake") + "/api/engagements", lawyer, """
                {"inquiryId":"%s","terms":{"matterType":"CIVIL_LITIGATION","matterDescription":"%s 房屋买卖合同纠纷一审",
                 "rightsAndDuties":"委托人 %s 如实陈述案情","liability":"对 %s 的责任以律师费为限",
                 "disputeResolution":"%s 与本所的争议提交北京仲裁委员会"}}"""
                .formatted(inquiry, NAME, NAME, NAME, NAME));
        assertThat(drafted.status()).isEqualTo(201);
        String engagement = drafted.body().path("id").asText();
        String url = suite.url("intake") + "/api/engagements/" + engagement;
        await().atMost(WAIT).until(() -> Http.get(url, lawyer).body().path("feeDecision").path("approved").asBoolean());
        assertThat(Http.post(url + "/review", partner, "{\"decision\":\"APPROVED\",\"comments\":\"%s 的合同条款已审 reviewed\"}"
                .formatted(NAME)).status()).isEqualTo(202);
        assertThat(Http.post(url + "/signature", lawyer, "{\"side\":\"CLIENT\",\"signatory\":\"%s\",\"signedOn\":\"2013-05-15\"}"
                .formatted(NAME)).status()).isEqualTo(202);
        assertThat(Http.post(url + "/signature", lawyer, "{\"side\":\"FIRM\",\"signatory\":\"温华\",\"signedOn\":\"2013-05-15\"}")
                .status()).isEqualTo(202);
        return engagement;
    }

    private void staffAndRecordTime(String matter) {
        String partnerId = enrol("温华 Wen Hua", "PARTNER", "wen.hua", "11101200110000021");
        String leadId = enrol("温军 Wen Jun", "LAWYER", "wen.jun", "11101201510000022");
        String team = suite.url("matter") + "/api/matters/" + matter + "/team";
        await().atMost(WAIT).until(() -> Http.post(team, partner,
                "{\"staffId\":\"" + partnerId + "\",\"role\":\"RESPONSIBLE_PARTNER\"}").status() == 202);
        await().atMost(WAIT).until(() -> Http.post(team, partner,
                "{\"staffId\":\"" + leadId + "\",\"role\":\"LEAD_LAWYER\"}").status() == 202);
        await().atMost(WAIT).until(() -> Http.post(team + "/" + leadId + "/undertaking", lawyer, "").status() == 202);
        await().atMost(WAIT).until(() -> Http.post(team + "/" + partnerId + "/undertaking", partner, "").status() == 202);
        await().atMost(WAIT).until(() -> Http.post(suite.url("billing") + "/api/time-entries", lawyer, """
                {"matterId":"%s","workDate":"2013-06-01","minutes":90,"activity":"阅卷 reading the file","rate":1500}"""
                .formatted(matter)).status() == 201);
    }

    /** The matter's records name the client, as a firm's do: reports, calls, a key event, a settlement, materials. */
    private void recordsNamingTheClient(String matter) {
        String url = suite.url("matter") + "/api/matters/" + matter;
        assertThat(Http.post(url + "/progress-reports", lawyer, """
                {"periodFrom":"2013-06-01","periodTo":"2013-06-30","content":"%s 案：已提交起诉状 the claim is filed",
                 "channel":"EMAIL","sentOn":"2013-07-01"}""".formatted(NAME)).status()).isEqualTo(201);
        assertThat(Http.post(url + "/communications", lawyer, """
                {"channel":"PHONE","direction":"OUTBOUND","counterpart":"%s","summary":"与 %s 通话 a call with the client",
                 "at":"2013-06-05T02:00:00Z"}""".formatted(NAME, NAME)).status()).isEqualTo(201);
        Http.Response keyEvent = Http.post(url + "/key-events", lawyer, """
                {"kind":"SETTLEMENT_OFFER","description":"对方向 %s 提出和解 a settlement offer",
                 "occurredAt":"2013-07-02T02:00:00Z"}""".formatted(NAME));
        assertThat(keyEvent.status()).isEqualTo(201);
        assertThat(Http.post(url + "/key-events/" + keyEvent.body().path("id").asText() + "/communication", lawyer, """
                {"channel":"PHONE","communicatedTo":"%s","communicatedAt":"2013-07-02T06:00:00Z"}""".formatted(NAME))
                .status()).isEqualTo(202);
        Http.Response authorization = Http.post(url + "/authorizations", lawyer, """
                {"decision":"SETTLEMENT","question":"%s 是否接受和解 accept the offer?","options":["%s 接受 accept","拒绝 refuse"],
                 "recommendation":"建议 %s 接受 we advise accepting"}""".formatted(NAME, NAME, NAME));
        assertThat(authorization.status()).isEqualTo(201);
        String authorizationId = authorization.body().path("id").asText();
        assertThat(Http.post(url + "/authorizations/" + authorizationId + "/response", lawyer, """
                {"approved":true,"chosenOption":"%s 接受 accept","channel":"WRITTEN","evidenceReference":"书面确认 letter 7/3",
                 "answeredOn":"2013-07-03"}""".formatted(NAME)).status()).isEqualTo(202);
        assertThat(Http.post(url + "/actions", lawyer, """
                {"decision":"SETTLEMENT","authorizationId":"%s","description":"代 %s 签署和解协议 signed the settlement",
                 "takenOn":"2013-07-05"}""".formatted(authorizationId, NAME)).status()).isEqualTo(202);
        assertThat(Http.post(url + "/work-plan", lawyer, """
                {"items":[{"itemId":"t-1","kind":"TASK","title":"为 %s 准备证据目录 the evidence index","owner":"wen.jun",
                 "dueOn":"2013-08-01"}]}""".formatted(NAME)).status()).isEqualTo(202);
        assertThat(Http.post(url + "/quality-reviews", partner, """
                {"kind":"SPOT_CHECK","checklist":[{"item":"证据 evidence","passed":false,"note":"%s 的收据缺失"}],
                 "findings":"%s 案证据不全 evidence incomplete","rating":3,
                 "actions":[{"action":"向 %s 补充收集收据 collect the receipts","owner":"wen.jun","dueOn":"2013-08-15"}],
                 "reviewedOn":"2013-07-20"}""".formatted(NAME, NAME, NAME)).status()).isEqualTo(201);
        assertThat(Http.post(url + "/materials", lawyer, """
                {"description":"%s 的购房合同复印件 a copy of the purchase contract","original":false,"pages":12,
                 "copiesMade":0,"receivedFrom":"%s","receivedOn":"2013-06-02","storageLocation":"档案柜 A-3"}"""
                .formatted(NAME, NAME)).status()).isEqualTo(201);
    }

    /** The matter closed with its fees written off: the firm no longer acts for the client. */
    private void close(String matter) {
        assertThat(Http.post(suite.url("matter") + "/api/matters/" + matter + "/closing", lawyer, """
                {"outcome":"%s 调解结案 settled","finalReportSentOn":"2014-01-20","closedOn":"2014-01-31",
                 "feeException":"%s 经济困难，律师费减免 fees waived by the partner"}""".formatted(NAME, NAME)).status())
                .isEqualTo(202);
    }

    /** Years later: the client is former (once intake has heard of the closing), its retention ended, and it is erased. */
    private void erase(String client) {
        String url = suite.url("intake") + "/api/clients/" + client;
        await().atMost(WAIT).until(() -> Http.get(url + "/overview", intake).body().path("matters").path(0)
                .path("status").asText().equals("CLOSED"));
        assertThat(Http.post(url + "/former", intake, "{\"since\":\"2014-01-31\",\"reason\":\"%s 案件结案 matter closed\"}"
                .formatted(NAME)).status()).isEqualTo(202);
        // a hold that named the client, lifted before the erasure
        String hold = Http.post(url + "/legal-holds", archivist, "{\"reason\":\"%s 的投诉处理 a complaint\"}".formatted(NAME))
                .body().path("id").asText();
        assertThat(Http.post(url + "/legal-holds/" + hold + "/lift", archivist, "{}").status()).isEqualTo(202);
        assertThat(Http.post(url + "/retention", archivist,
                "{\"retainUntil\":\"2024-01-31\",\"basis\":\"同意书所载十年 ten years as consented\"}").status()).isEqualTo(202);
        assertThat(Http.post(url + "/erasure", archivist, "{}").status()).isEqualTo(202);
        await().atMost(WAIT).until(() -> Http.get(url, intake).body().path("status").asText().equals("ERASED"));
    }

    private String enrol(String name, String role, String login, String licence) {
        Http.Response enrolled = Http.post(suite.url("matter") + "/api/staff", admin, """
                {"name":"%s","role":"%s","licenceNumber":"%s","joinedOn":"2010-01-01","login":"%s","practiceAreas":["LIT"]}"""
                .formatted(name, role, licence, login));
        assertThat(enrolled.status()).isEqualTo(201);
        return enrolled.body().path("id").asText();
    }

    private String matterOf(String client, String engagement) {
        for (JsonNode matter : Http.get(suite.url("matter") + "/api/matters?clientId=" + client, auditor).body().path("items")) {
            if (matter.path("engagementId").asText().equals(engagement)) {
                return matter.path("matterId").asText();
            }
        }
        return null;
    }

    private String inquiryUrl(String inquiry) {
        return suite.url("intake") + "/api/inquiries/" + inquiry;
    }

    private static String unzipped(Path zip) throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
