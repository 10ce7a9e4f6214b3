package com.lawfirm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.lawfirm.kit.testing.TestStack;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The client's life before its matter, through intake's and conflict-service's HTTP APIs: a lead from a conference,
 * contacts, a conflict check that hits one of the firm's clients, a waiver with an ethical wall, the interview and
 * assessment, a rejected and an accepted proposal, and the engagement reviewed, approved by billing's fee rules and
 * signed.
 */
final class IntakeSteps {

    static final String PROSPECT = "无锡恒越精密机械有限公司";
    /** The other side, already a client of the firm in unrelated work: the conflict a waiver can cure. */
    static final String ADVERSE = "Tyrell Motors Inc.";
    /** The colleague the waiver's ethical wall screens from the matter; never on its team. */
    static final String SCREENED = "wang.fang";

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Suite suite;
    private final String intake = TestStack.get().token("chen.jing", "INTAKE");
    private final String lawyer = TestStack.get().token("li.na", "LAWYER");
    private final String partner = TestStack.get().token("zhang.wei", "PARTNER");
    private final String analyst = TestStack.get().token("zhou.lei", "CONFLICTS_ANALYST");

    IntakeSteps(Suite suite) {
        this.suite = suite;
    }

    /** The other side registered as a client beforehand, so the check below has a hit. */
    String existingClientWhoWillBeAdverse() {
        Http.Response registered = Http.post(suite.url("intake") + "/api/clients", intake,
                "{\"kind\":\"ORGANIZATION\",\"name\":\"" + ADVERSE + "\"}");
        assertThat(registered.status()).isEqualTo(201);
        return registered.body().path("id").asText();
    }

    /** A lead met at a conference, its first meeting logged and its need identified. */
    String leadWithItsSourceAndContacts() {
        Http.Response opened = Http.post(suite.url("intake") + "/api/inquiries", intake, """
                {"source":{"channel":"CONFERENCE","note":"2026 长三角法律论坛"},
                 "prospect":{"kind":"ORGANIZATION","name":"%s",
                             "contacts":[{"kind":"PHONE","value":"+86 510 8888 0000","label":"法务部 legal department"}]},
                 "roughNeed":"专利侵权 patent infringement","owner":"chen.jing"}""".formatted(PROSPECT));
        assertThat(opened.status()).isEqualTo(201);
        String inquiry = opened.body().path("id").asText();
        assertThat(Http.post(inquiryUrl(inquiry) + "/contacts", intake, """
                {"channel":"MEETING","at":"2026-11-12T06:30:00Z","withWhom":"周总 General Manager Zhou",
                 "summary":"论坛后初次面谈 first meeting after the forum: 对方仿制我方专利设备"}""").status()).isEqualTo(202);
        assertThat(Http.post(inquiryUrl(inquiry) + "/need", intake, """
                {"coreNeed":"制止侵权并获得赔偿 stop the infringement and recover damages",
                 "background":"发明专利 ZL2019 1 0000000.0；Tyrell 在华销售仿制的数控机床"}""").status()).isEqualTo(202);
        JsonNode view = await().atMost(WAIT).until(() -> Http.get(inquiryUrl(inquiry), intake),
                r -> r.status() == 200 && !r.body().path("coreNeed").asText("").isEmpty()).body();
        assertThat(view.path("stage").asText()).isEqualTo("OPEN");
        assertThat(view.path("source").path("channel").asText()).isEqualTo("CONFERENCE");
        assertThat(view.path("source").path("note").asText()).isEqualTo("2026 长三角法律论坛");
        assertThat(view.path("contacts").path(0).path("withWhom").asText()).isEqualTo("周总 General Manager Zhou");
        return inquiry;
    }

    /** The check hits the existing client on the other side; no rule makes it absolute, so the analyst may weigh it. */
    String conflictCheckWithAHit(String inquiry, String adverseClient) {
        Http.Response requested = Http.post(inquiryUrl(inquiry) + "/conflict-check", intake, """
                {"parties":[{"role":"PROSPECTIVE_CLIENT","kind":"ORGANIZATION","name":"%s"},
                            {"role":"ADVERSE","kind":"ORGANIZATION","name":"%s"}]}""".formatted(PROSPECT, ADVERSE));
        assertThat(requested.status()).isEqualTo(202);
        String checkId = requested.body().path("checkId").asText();
        JsonNode check = await().atMost(WAIT).until(() -> Http.get(checkUrl(checkId), analyst), r -> r.status() == 200).body();
        assertThat(check.path("status").asText()).isEqualTo("AWAITING_DECISION");
        assertThat(check.path("hits").findValuesAsText("clientId")).contains(adverseClient);
        assertThat(check.path("absoluteConflicts").size()).isZero();
        return checkId;
    }

    /**
     * The analyst asks for the other side's written consent; until it is in, the inquiry stays blocked. The waiver
     * screens a colleague behind an ethical wall, and the inquiry is cleared with it.
     */
    void waiverWithAnEthicalWall(String inquiry, String checkId) {
        assertThat(Http.post(checkUrl(checkId) + "/decision", analyst, """
                {"assessment":"WAIVER_REQUIRED","reasoning":"对方为本所现任客户（无关业务）a current client: waivable",
                 "waiversRequiredFrom":["%s"]}""".formatted(ADVERSE)).status()).isEqualTo(202);
        Http.Response tooEarly = Http.post(inquiryUrl(inquiry) + "/interviews", lawyer,
                "{\"date\":\"2026-11-18\",\"attendees\":[\"李娜\"],\"content\":\"x\",\"confirmedByClient\":false}");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body().path("rule").asText()).isEqualTo("conflict-check-not-cleared");

        assertThat(Http.post(checkUrl(checkId) + "/waivers", analyst, """
                {"partyName":"%s","documentRef":"豁免同意函 waiver-2026-031.pdf","ethicalWall":true,"screenedStaff":["%s"]}"""
                .formatted(ADVERSE, SCREENED)).status()).isEqualTo(202);
        JsonNode cleared = awaitInquiry(inquiry, "CLEARED");
        JsonNode waiver = cleared.path("conflictCheck").path("waivers").path(0);
        assertThat(waiver.path("partyName").asText()).isEqualTo(ADVERSE);
        assertThat(waiver.path("ethicalWall").asBoolean()).isTrue();
        assertThat(waiver.path("screenedStaff").path(0).asText()).isEqualTo(SCREENED);
        await().atMost(WAIT).untilAsserted(() -> assertThat(Http.get(checkUrl(checkId), analyst).body()
                .path("status").asText()).isEqualTo("CLEARED"));
    }

    /** Now cleared, the lawyer interviews the client and assesses the case (a range of chances, never a promise). */
    void interviewAndAssessment(String inquiry) {
        Http.Response interview = Http.post(inquiryUrl(inquiry) + "/interviews", lawyer, """
                {"date":"2026-11-18","attendees":["李娜 Li Na","周总"],
                 "content":"谈话笔录：2024 年起 Tyrell 在华销售的数控机床落入我方专利权利要求 1-3……","confirmedByClient":true}""");
        assertThat(interview.status()).isEqualTo(201);
        assertThat(interview.body().path("id").asText()).isNotBlank();
        assertThat(Http.post(inquiryUrl(inquiry) + "/assessment", lawyer, """
                {"legalIssues":["专利侵权认定 infringement of claims 1-3"],"disputedPoints":["赔偿数额 the damages"],
                 "risks":["对方可能提出无效宣告 an invalidation request"],"successLikelyFromPercent":55,
                 "successLikelyToPercent":70,"difficulty":"HIGH","resourcesNeeded":"技术专家一名 one technical expert"}""")
                .status()).isEqualTo(202);
    }

    /** Version 1 is too dear for the client; version 2, with a lower fixed fee, is accepted. */
    void proposalV1RejectedV2Accepted(String inquiry) {
        String proposal = """
                {"objectives":"停止侵权并赔偿","scope":"一审","quote":{"currency":"CNY","amountInDispute":3000000,
                 "components":[{"model":"FIXED","amount":%s,"description":"基础费用"},
                               {"model":"CONTINGENCY","percentage":8,"description":"胜诉后按判赔额 8%%"}]}}""";
        Http.Response first = Http.post(inquiryUrl(inquiry) + "/proposals", lawyer, proposal.formatted("80000"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().path("version").asInt()).isEqualTo(1);
        assertThat(Http.post(inquiryUrl(inquiry) + "/proposals/1/rejection", lawyer,
                "{\"reason\":\"基础费用过高 the fixed fee is too high\"}").status()).isEqualTo(202);
        Http.Response second = Http.post(inquiryUrl(inquiry) + "/proposals", lawyer, proposal.formatted("50000"));
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().path("version").asInt()).isEqualTo(2);
        assertThat(Http.post(inquiryUrl(inquiry) + "/proposals/2/acceptance", lawyer, "{\"acceptedOn\":\"2026-11-25\"}")
                .status()).isEqualTo(202);
        JsonNode accepted = awaitInquiry(inquiry, "PROPOSAL_ACCEPTED");
        assertThat(accepted.path("acceptedVersion").asInt()).isEqualTo(2);
        assertThat(accepted.path("proposals").path(0).path("status").asText()).isEqualTo("REJECTED");
        assertThat(accepted.path("proposals").path(0).path("rejectionReason").asText()).contains("基础费用过高");
        assertThat(accepted.path("interviews").size()).isEqualTo(1);
        assertThat(accepted.path("assessment").path("difficulty").asText()).isEqualTo("HIGH");
    }

    /** Drafted from the accepted version, approved by billing's fee rules (over Kafka), reviewed and signed by both sides. */
    String engagementReviewedApprovedAndSigned(String inquiry) {
        Http.Response drafted = Http.post(suite.url("intake") + "/api/engagements", lawyer, """
                {"inquiryId":"%s","terms":{"matterType":"INTELLECTUAL_PROPERTY","matterDescription":"专利侵权纠纷一审",
                 "contingencyClause":"风险代理：胜诉并实际执行到位后按 8%% 收取"}}""".formatted(inquiry));
        assertThat(drafted.status()).isEqualTo(201);
        String engagement = drafted.body().path("id").asText();
        String url = suite.url("intake") + "/api/engagements/" + engagement;
        JsonNode approved = await().atMost(WAIT).until(() -> Http.get(url, lawyer).body(),
                e -> e.path("feeDecision").path("approved").asBoolean());
        assertThat(approved.path("proposalVersion").asInt()).isEqualTo(2);
        assertThat(Http.post(url + "/review", partner, "{\"decision\":\"APPROVED\"}").status()).isEqualTo(202);
        assertThat(Http.post(url + "/signature", lawyer,
                "{\"side\":\"CLIENT\",\"signatory\":\"周总\",\"signedOn\":\"2026-11-28\"}").status()).isEqualTo(202);
        assertThat(Http.post(url + "/signature", lawyer,
                "{\"side\":\"FIRM\",\"signatory\":\"张伟\",\"signedOn\":\"2026-11-28\"}").status()).isEqualTo(202);
        await().atMost(WAIT).untilAsserted(() -> assertThat(Http.get(url, lawyer).body().path("status").asText())
                .isEqualTo("SIGNED"));
        // the lead who signed is the firm's client now, with the source it came from
        String client = Http.get(url, lawyer).body().path("clientId").asText();
        JsonNode registered = await().atMost(WAIT).until(() -> Http.get(suite.url("intake") + "/api/clients/" + client,
                intake), r -> r.status() == 200).body();
        assertThat(registered.path("name").asText()).isEqualTo(PROSPECT);
        assertThat(registered.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(registered.path("source").path("channel").asText()).isEqualTo("CONFERENCE");
        return engagement;
    }

    /** The source statistics credit the conference with a signed engagement. */
    void sourceCredited() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        String report = suite.url("intake") + "/api/reports/sources?from=" + now.minusMonths(1) + "&to=" + now.plusMonths(1);
        await().atMost(WAIT).untilAsserted(() -> {
            Http.Response rows = Http.get(report, intake);
            assertThat(rows.status()).isEqualTo(200);
            boolean credited = false;
            for (JsonNode row : rows.body()) {
                credited |= row.path("channel").asText().equals("CONFERENCE") && row.path("signed").asLong() >= 1;
            }
            assertThat(credited).as("a CONFERENCE row with a signed engagement in " + rows.body()).isTrue();
        });
    }

    /**
     * A check of a prospect and the other side ({@code parties}, JSON), cleared: by the analyst if it has hits, on
     * the firm's clients for instance. Returns the check's id once the inquiry is cleared.
     */
    String clearedCheck(String inquiry, String parties, String reasoning) {
        Http.Response requested = Http.post(inquiryUrl(inquiry) + "/conflict-check", intake,
                "{\"parties\":" + parties + "}");
        assertThat(requested.status()).isEqualTo(202);
        String checkId = requested.body().path("checkId").asText();
        String status = await().atMost(WAIT).until(() -> Http.get(checkUrl(checkId), analyst),
                r -> r.status() == 200 && !r.body().path("status").asText().isEmpty()).body().path("status").asText();
        if (status.equals("AWAITING_DECISION")) {
            assertThat(Http.post(checkUrl(checkId) + "/decision", analyst,
                    "{\"assessment\":\"CLEAR\",\"reasoning\":\"" + reasoning + "\"}").status()).isEqualTo(202);
        }
        awaitInquiry(inquiry, "CLEARED");
        return checkId;
    }

    private JsonNode awaitInquiry(String inquiry, String stage) {
        return await().atMost(WAIT).until(() -> Http.get(inquiryUrl(inquiry), intake).body(),
                view -> view.path("stage").asText().equals(stage));
    }

    private String inquiryUrl(String inquiry) {
        return suite.url("intake") + "/api/inquiries/" + inquiry;
    }

    private String checkUrl(String checkId) {
        return suite.url("conflict") + "/api/conflict-checks/" + checkId;
    }
}
