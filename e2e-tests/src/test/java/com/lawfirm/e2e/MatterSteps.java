package com.lawfirm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.lawfirm.kit.testing.TestStack;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The work on an open matter, through matter-service's, billing's and notification-service's HTTP APIs: the waiver's
 * ethical wall keeping a colleague out, the client-confirmed work plan, progress reports, a key event notified to the
 * lead lawyer and told to the client, a settlement the client authorised before it was recorded, and the client's
 * originals received and given back.
 */
final class MatterSteps {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Suite suite;
    private final String lawyer = TestStack.get().token("li.na", "LAWYER");
    private final String analyst = TestStack.get().token("zhou.lei", "CONFLICTS_ANALYST");
    private final String billing = TestStack.get().token("qian.kuai", "BILLING");
    /** Billing staff see every matter and account; only the wall keeps this one out. */
    private final String screened = TestStack.get().token(IntakeSteps.SCREENED, "BILLING");

    MatterSteps(Suite suite) {
        this.suite = suite;
    }

    /**
     * matter-service erected the wall from the cleared check's waiver (against the inquiry, so it stands on the matter
     * opened from it). The screened colleague is told the matter does not exist, here and in billing, while her
     * colleague in billing sees it; both attempts are in the wall's report.
     */
    void wallKeepsTheScreenedOut(String matter, String inquiry) {
        JsonNode wall = await().atMost(WAIT).until(() -> wallOn(inquiry), Objects::nonNull);
        assertThat(wall.path("source").asText()).isEqualTo("CONFLICT_WAIVER");
        assertThat(wall.path("screened").path(0).asText()).isEqualTo(IntakeSteps.SCREENED);

        assertThat(Http.get(matterUrl(matter), billing).status()).isEqualTo(200);
        assertThat(Http.get(matterUrl(matter), screened).status()).isEqualTo(404);
        String wip = suite.url("billing") + "/api/matters/" + matter + "/wip";
        await().atMost(WAIT).until(() -> Http.get(wip, billing).status() == 200);
        await().atMost(WAIT).until(() -> Http.get(wip, screened).status() == 404);

        String report = suite.url("matter") + "/api/walls/" + wall.path("wallId").asText() + "/denied-attempts";
        await().atMost(WAIT).untilAsserted(() -> assertThat(Http.get(report, analyst).body().findValuesAsText("attempted"))
                .contains("GET /api/matters/" + matter, "billing: GET /api/matters/" + matter + "/wip"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(Http.get(report, analyst).body().findValuesAsText("login"))
                .containsOnly(IntakeSteps.SCREENED));
    }

    /** The lead lawyer drafts the plan, the client confirms it in writing, and the first task is done. */
    void workPlanConfirmed(String matter) {
        String url = matterUrl(matter);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(Http.post(url + "/work-plan", lawyer, """
                {"items":[{"itemId":"evidence","kind":"TASK","title":"侵权证据公证 Notarised evidence of the infringement",
                           "owner":"li.na","dueOn":"%s"},
                          {"itemId":"filing","kind":"MILESTONE","title":"向苏州中院立案 Filing at the Suzhou court",
                           "owner":"li.na","dueOn":"%s"}]}""".formatted(today.plusDays(30), today.plusDays(60))).status())
                .isEqualTo(202);
        assertThat(Http.post(url + "/work-plan/confirmation", lawyer, """
                {"version":1,"confirmedBy":"周总","channel":"WRITTEN","evidenceReference":"确认函 letter:2026-12-01",
                 "confirmedOn":"2026-12-01"}""").status()).isEqualTo(202);
        await().atMost(WAIT).untilAsserted(() -> assertThat(Http.get(url, lawyer).body()
                .path("workPlanConfirmedVersion").asInt()).isEqualTo(1));
        assertThat(Http.post(url + "/work-plan/items/evidence/completion", lawyer, "{\"completedOn\":\"2026-12-10\"}")
                .status()).isEqualTo(202);
        await().atMost(WAIT).untilAsserted(() -> assertThat(Http.get(url, lawyer).body()
                .path("completedItemIds").toString()).contains("\"evidence\""));
    }

    /**
     * Monthly progress reports; then the other side's settlement offer, a key event: notification-service tells the
     * lead lawyer (a notification no one may opt out of), and the lawyer tells the client.
     */
    void progressReportedAndKeyEventNotified(String matter, String matterNumber) {
        String url = matterUrl(matter);
        assertThat(Http.post(url + "/reporting-cadence", lawyer, "{\"cadence\":\"MONTHLY\",\"firstReportDue\":\"2026-12-31\"}")
                .status()).isEqualTo(202);
        String report = """
                {"periodFrom":"%s","periodTo":"%s","content":"%s","channel":"email","sentOn":"%s"}""";
        assertThat(Http.post(url + "/progress-reports", lawyer, report.formatted("2026-11-28", "2026-12-31",
                "证据已公证，起诉状已定稿 Evidence notarised, complaint final", "2026-12-31")).status()).isEqualTo(201);
        Http.Response second = Http.post(url + "/progress-reports", lawyer, report.formatted("2027-01-01", "2027-01-15",
                "已立案，对方提出和解意向 Filed; the other side wants to talk settlement", "2027-01-15"));
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().path("id").asText()).isNotBlank();
        await().atMost(WAIT).untilAsserted(() -> assertThat(Http.get(url, lawyer).body().path("lastReportOn").asText())
                .isEqualTo("2027-01-15"));

        String offer = "Tyrell 提出和解：赔偿 180 万元 Tyrell offers CNY 1,800,000 to settle";
        Http.Response recorded = Http.post(url + "/key-events", lawyer,
                "{\"kind\":\"SETTLEMENT_OFFER\",\"description\":\"" + offer + "\",\"occurredAt\":\"" + Instant.now() + "\"}");
        assertThat(recorded.status()).isEqualTo(201);
        String keyEvent = recorded.body().path("id").asText();
        JsonNode notice = await().atMost(WAIT).until(() -> keyEventNotice(matter), Objects::nonNull);
        assertThat(notice.path("text").path("zh").path("title").asText()).isEqualTo(matterNumber + " 重要事项须告知客户");
        assertThat(notice.path("text").path("en").path("body").asText()).contains(offer);
        await().atMost(WAIT).untilAsserted(() -> assertThat(Http.get(url, lawyer).body().path("keyEventsUntold").asInt())
                .isEqualTo(1));
        assertThat(Http.post(url + "/key-events/" + keyEvent + "/communication", lawyer,
                "{\"channel\":\"phone\",\"communicatedTo\":\"周总\",\"communicatedAt\":\"" + Instant.now() + "\"}").status())
                .isEqualTo(202);
        await().atMost(WAIT).untilAsserted(() -> assertThat(Http.get(url, lawyer).body().path("keyEventsUntold").asInt())
                .isZero());
    }

    /** A settlement is the client's decision: refused until the client approved it, recorded once they had. */
    void settlementAuthorisedThenRecorded(String matter) {
        String url = matterUrl(matter);
        String settlement = """
                {"decision":"SETTLEMENT",%s"description":"和解协议已签署：赔偿 180 万元 Settlement signed: CNY 1,800,000",
                 "takenOn":"2027-01-20"}""";
        Http.Response refused = Http.post(url + "/actions", lawyer, settlement.formatted(""));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("rule").asText()).isEqualTo("authorization-required");

        Http.Response asked = Http.post(url + "/authorizations", lawyer, """
                {"decision":"SETTLEMENT","question":"是否接受 180 万元和解？Accept CNY 1,800,000 to settle?",
                 "options":["接受 Accept","拒绝 Refuse"],"recommendation":"接受 Accept"}""");
        assertThat(asked.status()).isEqualTo(201);
        String authorization = asked.body().path("id").asText();
        assertThat(Http.post(url + "/authorizations/" + authorization + "/response", lawyer, """
                {"approved":true,"chosenOption":"接受 Accept","channel":"E_SIGNATURE","evidenceReference":"esign:2027-0118-07",
                 "answeredOn":"2027-01-18"}""").status()).isEqualTo(202);
        assertThat(Http.post(url + "/actions", lawyer, settlement.formatted("\"authorizationId\":\"" + authorization + "\","))
                .status()).isEqualTo(202);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode used = Http.get(url + "/authorizations", lawyer).body().path("items").path(0);
            assertThat(used.path("authorizationId").asText()).isEqualTo(authorization);
            assertThat(used.path("status").asText()).isEqualTo("USED");
            assertThat(used.path("chosenOption").asText()).isEqualTo("接受 Accept");
        });
    }

    /** The client's original certificate and a copy are registered; the original goes back against the client's signature. */
    void originalsReceivedAndReturned(String matter) {
        String url = matterUrl(matter);
        String material = """
                {"description":"%s","original":%s,"pages":%d,"copiesMade":%d,"receivedFrom":"周总",
                 "receivedOn":"2026-12-01","storageLocation":"档案室 A-3"}""";
        Http.Response original = Http.post(url + "/materials", lawyer,
                material.formatted("专利证书原件 Original patent certificate", true, 4, 2));
        assertThat(original.status()).isEqualTo(201);
        String certificate = original.body().path("id").asText();
        assertThat(Http.post(url + "/materials", lawyer,
                material.formatted("购销合同复印件 Copy of the sales contract", false, 12, 0)).status()).isEqualTo(201);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode items = Http.get(url + "/materials", lawyer).body().path("items");
            assertThat(items.size()).isEqualTo(2);
            assertThat(items.path(0).path("materialId").asText()).isEqualTo(certificate);
            assertThat(items.path(0).path("registerNumber").asText()).isEqualTo("M-0001");
            assertThat(items.path(0).path("place").asText()).isEqualTo("IN_STORAGE");
        });
        await().atMost(WAIT).untilAsserted(() -> assertThat(Http.get(url, lawyer).body().path("originalsInCustody").asInt())
                .isEqualTo(1));

        assertThat(Http.post(url + "/materials/" + certificate + "/return", lawyer, """
                {"returnedOn":"2027-01-22","signedBy":"周总","evidenceReference":"签收单 receipt:2027-0042"}""").status())
                .isEqualTo(202);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode returned = Http.get(url + "/materials", lawyer).body().path("items").path(0);
            assertThat(returned.path("place").asText()).isEqualTo("RETURNED");
            assertThat(returned.path("returnSignedBy").asText()).isEqualTo("周总");
        });
        await().atMost(WAIT).untilAsserted(() -> assertThat(Http.get(url, lawyer).body().path("originalsInCustody").asInt())
                .isZero());
    }

    private JsonNode wallOn(String inquiry) {
        for (JsonNode wall : Http.get(suite.url("matter") + "/api/walls", analyst).body().path("items")) {
            if (wall.path("inquiryId").asText().equals(inquiry)) {
                return wall;
            }
        }
        return null;
    }

    private JsonNode keyEventNotice(String matter) {
        for (JsonNode notice : Http.get(suite.url("notification") + "/api/inbox", lawyer).body()) {
            if (notice.path("templateKey").asText().equals("key-event-recorded")
                    && notice.path("subjectId").asText().equals(matter)) {
                return notice;
            }
        }
        return null;
    }

    private String matterUrl(String matter) {
        return suite.url("matter") + "/api/matters/" + matter;
    }
}
