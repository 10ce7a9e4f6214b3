package com.lawfirm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.lawfirm.auditexport.MatterExport;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One client's whole life across the five services, through HTTP only. A lead from a conference is contacted; its
 * conflict check hits a client of the firm on the other side, whose written waiver clears it behind an ethical wall;
 * after the interview and assessment, proposal v1 is rejected and v2 accepted, becoming a contract whose fee terms
 * billing approves, reviewed and signed. matter-service opens and numbers the matter; the partner staffs it, the wall
 * keeps the screened colleague out; the client confirms the work plan, gets progress reports and hears of a key event
 * the lead lawyer was notified of; the client authorises a settlement before it is recorded; originals are received
 * and returned. The lead lawyer's time is approved, invoiced under a gapless number and paid; billing's settlement
 * lets the matter close; the client's feedback is recorded, the matter archived, and an auditor replays it, reads it
 * as of the signing and verifies every chain.
 */
class ClientLifecycleTest {

    private final Suite suite = Suite.get();
    private final IntakeSteps intakeSteps = new IntakeSteps(suite);
    private final MatterSteps matterSteps = new MatterSteps(suite);
    private final String lawyer = TestStack.get().token("li.na", "LAWYER");
    private final String partner = TestStack.get().token("zhang.wei", "PARTNER");
    private final String analyst = TestStack.get().token("zhou.lei", "CONFLICTS_ANALYST");
    private final String auditor = TestStack.get().token("qian.shen", "AUDITOR");
    private final String admin = TestStack.get().token("admin", "ADMIN");
    private final String billing = TestStack.get().token("qian.kuai", "BILLING");
    private final String archivist = TestStack.get().token("dang.an", "ARCHIVIST");

    @Test
    void aLeadBecomesAMatterThatIsWorkedBilledClosedArchivedAndAudited() {
        String adverseClient = intakeSteps.existingClientWhoWillBeAdverse();
        String inquiry = intakeSteps.leadWithItsSourceAndContacts();
        String checkId = intakeSteps.conflictCheckWithAHit(inquiry, adverseClient);
        intakeSteps.waiverWithAnEthicalWall(inquiry, checkId);
        intakeSteps.interviewAndAssessment(inquiry);
        intakeSteps.proposalV1RejectedV2Accepted(inquiry);
        String engagement = intakeSteps.engagementReviewedApprovedAndSigned(inquiry);
        Instant signedAt = Instant.now();
        intakeSteps.sourceCredited();

        // matter-service opens and numbers the matter; conflict-service finds its parties from then on
        String matterNumber = await().atMost(Duration.ofSeconds(60)).until(() -> matterNumberOf(engagement), n -> n != null);
        assertThat(matterNumber).matches("\\d{4}-IP-\\d{4}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.post(suite.url("conflict")
                + "/api/conflict-searches", analyst, "{\"parties\":[{\"role\":\"PROSPECTIVE_CLIENT\",\"kind\":\"ORGANIZATION\","
                + "\"name\":\"Tyrell Motors Corporation\"}]}").body().findValuesAsText("matterRef")).contains(matterNumber));

        String matter = await().atMost(Duration.ofSeconds(60)).until(() -> matterIdOf(engagement), id -> id != null);
        // the matter is the client's the lead was registered as when the contract was complete
        assertThat(Http.get(suite.url("matter") + "/api/matters/" + matter, auditor).body().path("clientId").asText())
                .isEqualTo(Http.get(suite.url("intake") + "/api/engagements/" + engagement, lawyer).body()
                        .path("clientId").asText()).isNotBlank();
        staff(matter);
        matterSteps.wallKeepsTheScreenedOut(matter, inquiry);
        matterSteps.workPlanConfirmed(matter);
        matterSteps.progressReportedAndKeyEventNotified(matter, matterNumber);
        matterSteps.settlementAuthorisedThenRecorded(matter);
        matterSteps.originalsReceivedAndReturned(matter);
        bill(matter);
        closeAndArchive(matter);
        replay(matter, inquiry, checkId, engagement, signedAt);
        audit(matter, matterNumber, engagement, signedAt);
    }

    /**
     * The auditor replays the matter event by event from matter-service's store, reads the inquiry and the conflict
     * check as they stood when the engagement was signed, and verifies their chains and the engagement's.
     */
    private void replay(String matter, String inquiry, String checkId, String engagement, Instant signedAt) {
        Http.Response history = Http.get(suite.url("matter") + "/api/audit/Matter/" + matter + "/events?size=1000", auditor);
        assertThat(history.status()).isEqualTo(200);
        List<String> events = new ArrayList<>();
        for (JsonNode event : history.body().path("events")) {
            String type = event.path("type").asText();
            events.add(type.substring(type.lastIndexOf('.') + 1));
        }
        assertThat(history.body().path("total").asLong()).isEqualTo(events.size());
        assertThat(events.get(0)).isEqualTo("MatterOpened");
        assertThat(events.get(events.size() - 1)).isEqualTo("MatterArchived");
        assertThat(events).containsSubsequence("TeamMemberAssigned", "WorkPlanConfirmed", "ProgressReportSent",
                "KeyEventRecorded", "KeyEventCommunicated", "AuthorizedActionRecorded", "MaterialReturnedToClient",
                "FeeSettlementAcknowledged", "MatterClosed", "ClientFeedbackRecorded");

        JsonNode inquiryThen = stateAsOf("intake", "Inquiry", inquiry, signedAt);
        assertThat(inquiryThen.path("stage").asText()).isEqualTo("PROPOSAL_ACCEPTED");
        assertThat(inquiryThen.path("latestProposal").asInt()).isEqualTo(2);
        JsonNode checkThen = stateAsOf("conflict", "ConflictCheck", checkId, signedAt);
        assertThat(checkThen.path("status").asText()).isEqualTo("CLEARED");
        assertThat(checkThen.path("hits").asInt()).isPositive();
        assertThat(checkThen.path("waiversRequired").toString()).contains(IntakeSteps.ADVERSE);
        assertThat(checkThen.path("waivers").size()).isEqualTo(1);
        for (String[] chain : List.of(new String[] {"intake", "Inquiry", inquiry},
                new String[] {"intake", "Engagement", engagement}, new String[] {"conflict", "ConflictCheck", checkId})) {
            Http.Response verified = Http.get(suite.url(chain[0]) + "/api/audit/" + chain[1] + "/" + chain[2] + "/verify",
                    auditor);
            assertThat(verified.status()).isEqualTo(200);
            assertThat(verified.body().path("intact").asBoolean()).as(chain[1] + " chain").isTrue();
        }
    }

    private JsonNode stateAsOf(String service, String type, String id, Instant asOf) {
        Http.Response state = Http.get(suite.url(service) + "/api/audit/" + type + "/" + id + "/state?asOf=" + asOf, auditor);
        assertThat(state.status()).isEqualTo(200);
        return state.body().path("state");
    }

    /**
     * The auditor reads the engagement as it stood when it was signed and the matter as it stands, verifies the hash
     * chains, and exports the whole lifecycle: every record's history from its own service, an HTML report, and a
     * manifest whose hashes match the files.
     */
    private void audit(String matter, String matterNumber, String engagement, Instant signedAt) {
        Http.Response signing = Http.get(suite.url("intake") + "/api/audit/Engagement/" + engagement + "/state?asOf=" + signedAt,
                auditor);
        assertThat(signing.status()).isEqualTo(200);
        assertThat(signing.body().path("state").toString()).contains("周总");
        assertThat(Http.get(suite.url("matter") + "/api/audit/Matter/" + matter + "/state?asOf=" + Instant.now(), auditor)
                .body().path("sequenceNumber").asLong()).isPositive();
        assertThat(Http.get(suite.url("matter") + "/api/audit/Matter/" + matter + "/verify", auditor).body()
                .path("intact").asBoolean()).isTrue();
        assertThat(Http.get(suite.url("billing") + "/api/audit/MatterAccount/" + matter + "/verify", auditor).body()
                .path("intact").asBoolean()).isTrue();
        assertThat(Http.post(suite.url("matter") + "/api/matters/" + matter + "/feedback", auditor, "{}").status())
                .isEqualTo(403);

        Map<String, String> urls = new java.util.HashMap<>();
        suite.names().forEach(service -> urls.put(service, suite.url(service)));
        try {
            Path zip = Files.createTempDirectory("audit").resolve(matterNumber + ".zip");
            MatterExport.Summary summary = new MatterExport(urls, auditor).export(matter, zip);
            assertThat(summary.intact()).isTrue();
            Map<String, byte[]> files = new java.util.LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
            assertThat(files.keySet()).contains("matter.json", "timeline.json", "deliveries.json", "report.html", "manifest.json")
                    .anyMatch(name -> name.startsWith("events/intake/Inquiry-"))
                    .anyMatch(name -> name.startsWith("events/intake/Engagement-"))
                    .anyMatch(name -> name.startsWith("events/conflict/ConflictCheck-"))
                    .anyMatch(name -> name.startsWith("events/matter/Matter-"))
                    .anyMatch(name -> name.startsWith("events/billing/MatterAccount-"));
            com.fasterxml.jackson.databind.JsonNode manifest = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(files.get("manifest.json"));
            assertThat(manifest.path("files").size()).isEqualTo(files.size() - 1);
            for (com.fasterxml.jackson.databind.JsonNode listed : manifest.path("files")) {
                assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(files.get(listed.path("path").asText())))).isEqualTo(listed.path("sha256").asText());
            }
            assertThat(new String(files.get("report.html"), java.nio.charset.StandardCharsets.UTF_8))
                    .contains(matterNumber).contains("无锡恒越精密机械有限公司").contains("every history intact")
                    .contains("EngagementSigned");
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The partner takes responsibility and makes the lawyer lead; each signs the undertaking before seeing it. */
    private void staff(String matter) {
        String partnerId = enrol("张伟 Zhang Wei", "PARTNER", "zhang.wei", "13101200010000001");
        String leadId = enrol("李娜 Li Na", "LAWYER", "li.na", "13101201910000002");
        String team = suite.url("matter") + "/api/matters/" + matter + "/team";
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.post(team, partner,
                "{\"staffId\":\"" + partnerId + "\",\"role\":\"RESPONSIBLE_PARTNER\"}").status() == 202);
        // the staff register learns of an enrolment over the event stream: until then the role is not known
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.post(team, partner,
                "{\"staffId\":\"" + leadId + "\",\"role\":\"LEAD_LAWYER\"}").status() == 202);
        assertThat(Http.get(suite.url("matter") + "/api/matters/" + matter, lawyer).status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.post(team + "/" + leadId + "/undertaking", lawyer, "")
                .status() == 202);
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.post(team + "/" + partnerId + "/undertaking", partner, "")
                .status() == 202);
        await().atMost(Duration.ofSeconds(60)).until(
                () -> Http.get(suite.url("matter") + "/api/matters/" + matter, lawyer).status() == 200);
    }

    /** Time approved by the lead lawyer, invoiced with VAT, approved, issued, paid; then billing settles the fees. */
    private void bill(String matter) {
        String billingUrl = suite.url("billing");
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.post(billingUrl + "/api/time-entries", lawyer, """
                {"matterId":"%s","workDate":"2026-11-28","minutes":120,"activity":"起草起诉状 Drafting the complaint",
                 "rate":2000}""".formatted(matter)).status() == 201);
        String entry = await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(billingUrl + "/api/matters/" + matter
                + "/wip", lawyer).body().path("items").path(0).path("itemId").asText(null), id -> id != null);
        assertThat(Http.post(billingUrl + "/api/time-entries/" + entry + "/approval", lawyer, "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(billingUrl + "/api/matters/" + matter + "/wip",
                billing).body().path("approvedUnbilled").decimalValue().signum() > 0);
        String invoice = Http.post(billingUrl + "/api/invoices", billing, "{\"matterId\":\"" + matter + "\"}")
                .body().path("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(billingUrl + "/api/invoices/" + invoice, billing)
                .body().path("gross").decimalValue().compareTo(new java.math.BigDecimal("4240.00")) == 0);
        assertThat(Http.post(billingUrl + "/api/invoices/" + invoice + "/approval", partner, "").status()).isEqualTo(202);
        assertThat(Http.post(billingUrl + "/api/invoices/" + invoice + "/issue", billing, "").body()
                .path("invoiceNumber").asText()).matches("INV-\\d{4}-\\d{5}");
        assertThat(Http.post(billingUrl + "/api/payments", billing, """
                {"matterId":"%s","allocations":[{"invoiceId":"%s","amount":4240.00}],"receivedOn":"2027-01-25",
                 "reference":"招商银行 CMB 0042"}""".formatted(matter, invoice)).status()).isEqualTo(201);
        assertThat(Http.post(billingUrl + "/api/matters/" + matter + "/settlement", billing,
                "{\"settledOn\":\"2027-01-25\"}").status()).isEqualTo(202);
    }

    /**
     * Billing's settlement reaches the matter over Kafka; it closes, the client's feedback is taken (a closed matter
     * still takes it, an archived one no longer does), it is archived, and its timeline spans the services.
     */
    private void closeAndArchive(String matter) {
        String url = suite.url("matter") + "/api/matters/" + matter;
        await().atMost(Duration.ofSeconds(60)).until(
                () -> !Http.get(url, lawyer).body().path("feesSettledOn").asText("").isEmpty());
        assertThat(Http.post(url + "/closing", lawyer, """
                {"outcome":"和解结案 Settled: CNY 1,800,000","finalReportSentOn":"2027-01-28","closedOn":"2027-01-28"}""")
                .status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(url, lawyer).body().path("status").asText().equals("CLOSED"));
        String feedback = """
                {"score":5,"comments":"团队专业、沟通及时 professional and responsive","channel":"回访电话 call","recordedOn":"2027-02-10"}""";
        assertThat(Http.post(url + "/feedback", lawyer, feedback).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(url, lawyer).body().path("lastFeedbackScore").asInt() == 5);
        assertThat(Http.post(url + "/archive", archivist, "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(url, lawyer).body().path("status").asText().equals("ARCHIVED"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.get(url + "/timeline", auditor).body()
                .findValuesAsText("event")).contains("InquiryOpened", "InquiryContactLogged", "ConflictCheckReviewed",
                "WaiverRecorded", "ConflictCheckCleared", "EthicalWallErected", "InterviewRecorded", "AssessmentRecorded",
                "ProposalRejected", "ProposalAccepted", "EngagementSigned", "MatterOpened", "TeamMemberAssigned",
                "WorkPlanConfirmed", "ProgressReportSent", "KeyEventRecorded", "AuthorizedActionRecorded",
                "MaterialReturnedToClient", "MatterFeesSettled", "MatterClosed", "ClientFeedbackRecorded", "MatterArchived"));
        Http.Response tooLate = Http.post(url + "/feedback", lawyer, feedback);
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.body().path("rule").asText()).isEqualTo("archived");
    }

    private String enrol(String name, String role, String login, String licence) {
        Http.Response enrolled = Http.post(suite.url("matter") + "/api/staff", admin, """
                {"name":"%s","role":"%s","licenceNumber":"%s","joinedOn":"2020-01-01","login":"%s","practiceAreas":["IP"]}"""
                .formatted(name, role, licence, login));
        assertThat(enrolled.status()).isEqualTo(201);
        return enrolled.body().path("id").asText();
    }

    private String matterIdOf(String engagement) {
        for (com.fasterxml.jackson.databind.JsonNode matter : Http.get(suite.url("matter") + "/api/matters", auditor).body().path("items")) {
            if (matter.path("engagementId").asText().equals(engagement)) {
                return matter.path("matterId").asText();
            }
        }
        return null;
    }

    private String matterNumberOf(String engagement) {
        for (com.fasterxml.jackson.databind.JsonNode matter : Http.get(suite.url("matter") + "/api/matters", auditor).body().path("items")) {
            if (matter.path("engagementId").asText().equals(engagement)) {
                return matter.path("matterNumber").asText();
            }
        }
        return null;
    }
}
