package com.lawfirm.e2e;

import com.lawfirm.auditexport.MatterExport;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client's whole lifecycle across the five services, through HTTP only: the inquiry is cleared by conflict-service,
 * its accepted proposal becomes a contract whose fee terms billing approves, both sides sign; matter-service opens and
 * numbers the matter, which the partner staffs; the lead lawyer's time is approved, invoiced under a gapless number
 * and paid; billing's settlement lets the matter close; it is archived, and its timeline tells the whole story.
 */
class ClientLifecycleTest {

    private final Suite suite = Suite.get();
    private final String intake = TestStack.get().token("chen.jing", "INTAKE");
    private final String lawyer = TestStack.get().token("li.na", "LAWYER");
    private final String partner = TestStack.get().token("zhang.wei", "PARTNER");
    private final String analyst = TestStack.get().token("zhou.lei", "CONFLICTS_ANALYST");
    private final String auditor = TestStack.get().token("qian.shen", "AUDITOR");
    private final String admin = TestStack.get().token("admin", "ADMIN");
    private final String billing = TestStack.get().token("qian.kuai", "BILLING");
    private final String archivist = TestStack.get().token("dang.an", "ARCHIVIST");

    @Test
    void anInquiryBecomesAMatterThatIsBilledClosedAndArchived() {
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
        Instant signedAt = Instant.now();

        // matter-service opens and numbers the matter; conflict-service finds its parties from then on
        String matterNumber = await().atMost(Duration.ofSeconds(60)).until(() -> matterNumberOf(engagement), n -> n != null);
        assertThat(matterNumber).matches("\\d{4}-IP-\\d{4}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.post(suite.url("conflict")
                + "/api/conflict-searches", analyst, "{\"parties\":[{\"role\":\"PROSPECTIVE_CLIENT\",\"kind\":\"ORGANIZATION\","
                + "\"name\":\"Tyrell Motors Corporation\"}]}").body().findValuesAsText("matterRef")).contains(matterNumber));

        String matter = await().atMost(Duration.ofSeconds(60)).until(() -> matterIdOf(engagement), id -> id != null);
        staff(matter);
        bill(matter);
        closeAndArchive(matter);
        audit(matter, matterNumber, engagement, signedAt);
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
        assertThat(Http.post(team, partner, "{\"staffId\":\"" + leadId + "\",\"role\":\"LEAD_LAWYER\"}").status())
                .isEqualTo(202);
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
                {"matterId":"%s","allocations":[{"invoiceId":"%s","amount":4240.00}],"receivedOn":"2026-11-28",
                 "reference":"招商银行 CMB 0042"}""".formatted(matter, invoice)).status()).isEqualTo(201);
        assertThat(Http.post(billingUrl + "/api/matters/" + matter + "/settlement", billing,
                "{\"settledOn\":\"2026-11-28\"}").status()).isEqualTo(202);
    }

    /** Billing's settlement reaches the matter over Kafka; it closes, is archived, and its timeline spans the services. */
    private void closeAndArchive(String matter) {
        String url = suite.url("matter") + "/api/matters/" + matter;
        await().atMost(Duration.ofSeconds(60)).until(
                () -> !Http.get(url, lawyer).body().path("feesSettledOn").asText("").isEmpty());
        assertThat(Http.post(url + "/closing", lawyer, """
                {"outcome":"调解结案 Settled by mediation","finalReportSentOn":"2026-11-28","closedOn":"2026-11-28"}""")
                .status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(url, lawyer).body().path("status").asText().equals("CLOSED"));
        assertThat(Http.post(url + "/archive", archivist, "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(url, lawyer).body().path("status").asText().equals("ARCHIVED"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.get(url + "/timeline", auditor).body()
                .findValuesAsText("event")).contains("InquiryOpened", "ConflictCheckCleared", "EngagementSigned",
                "MatterOpened", "TeamMemberAssigned", "MatterFeesSettled", "MatterClosed", "MatterArchived"));
        assertThat(Http.post(url + "/feedback", lawyer, "{\"score\":5,\"channel\":\"call\",\"recordedOn\":\"2026-11-28\"}")
                .status()).isEqualTo(409);
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

    private void awaitInquiry(String inquiry, String stage) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.get(suite.url("intake")
                + "/api/inquiries/" + inquiry, intake).body().path("stage").asText()).isEqualTo(stage));
    }
}
