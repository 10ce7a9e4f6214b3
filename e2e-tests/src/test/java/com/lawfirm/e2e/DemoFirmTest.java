package com.lawfirm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.lawfirm.demo.DemoFirm;
import com.lawfirm.demo.Options;
import com.lawfirm.demo.Stage;
import com.lawfirm.demo.Summary;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo firm command at a small scale against the five services, each member of staff acting with a token from the
 * test stack's issuer: 5 staff, 6 clients, 8 matters. Eight matters in the fixed shares put one in each of seven
 * stages (two open), so what it left is checked through the APIs: the clients, an inquiry still open, one declined for
 * a conflict, open, closed and archived matters, an issued invoice and an ethical wall.
 */
class DemoFirmTest {

    private final Suite suite = Suite.get();
    private final String admin = TestStack.get().token("admin", "ADMIN");
    private final String intake = TestStack.get().token("chen.jing", "INTAKE");
    private final String billing = TestStack.get().token("qian.kuai", "BILLING");
    private final String analyst = TestStack.get().token("zhou.lei", "CONFLICTS_ANALYST");

    @Test
    void aSmallDemoFirmIsFilledThroughTheApis() {
        Map<String, String> urls = new LinkedHashMap<>();
        suite.names().forEach(service -> urls.put(service, suite.url(service)));
        Summary summary = DemoFirm.run(Options.of(urls, (login, roles) -> TestStack.get().token(login, roles))
                .withScale(5, 6, 8).withSeed(7).withZone(ZoneOffset.UTC));

        assertThat(summary.failures()).isEmpty();
        assertThat(summary.staff()).isEqualTo(5);
        assertThat(summary.clientIds()).hasSize(6);
        for (String client : summary.clientIds()) {
            assertThat(Http.get(suite.url("intake") + "/api/clients/" + client, intake).status()).isEqualTo(200);
        }
        assertThat(summary.matters()).hasSize(8).allMatch(m -> m.reached() == m.planned(), "reached its stage");
        assertThat(summary.byStage()).containsEntry(Stage.INQUIRY, 1).containsEntry(Stage.DECLINED, 1)
                .containsEntry(Stage.OPEN, 2).containsEntry(Stage.BILLED, 1).containsEntry(Stage.PAID, 1)
                .containsEntry(Stage.CLOSED, 1).containsEntry(Stage.ARCHIVED, 1);
        assertThat(summary.timeEntries()).isPositive();

        for (Summary.MatterOutcome matter : summary.matters()) {
            String inquiry = Http.get(suite.url("intake") + "/api/inquiries/" + matter.inquiryId(), intake)
                    .body().path("stage").asText();
            if (matter.reached() == Stage.INQUIRY) {
                assertThat(inquiry).isEqualTo("OPEN");
            } else if (matter.reached() == Stage.DECLINED) {
                assertThat(inquiry).isEqualTo("DECLINED");
            } else if (matter.reached().matterStatus() != null) {
                Http.Response opened = Http.get(suite.url("matter") + "/api/matters/" + matter.matterId(), admin);
                assertThat(opened.status()).isEqualTo(200);
                assertThat(opened.body().path("engagementId").asText()).isEqualTo(matter.engagementId());
                // the archive reaches the read model shortly after the command
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.get(suite.url("matter")
                        + "/api/matters/" + matter.matterId(), admin).body().path("status").asText())
                        .isEqualTo(matter.reached().matterStatus()));
            }
        }

        Summary.MatterOutcome invoiced = summary.matters().stream().filter(m -> m.invoiceNumber() != null).findFirst()
                .orElseThrow();
        JsonNode invoice = Http.get(suite.url("billing") + "/api/invoices/" + invoiced.invoiceId(), billing).body();
        assertThat(invoice.path("invoiceNumber").asText()).isEqualTo(invoiced.invoiceNumber()).matches("INV-\\d{4}-\\d{5}");
        assertThat(invoice.path("matterId").asText()).isEqualTo(invoiced.matterId());

        assertThat(summary.walls()).isEqualTo(1);
        Summary.MatterOutcome walled = summary.matters().stream().filter(Summary.MatterOutcome::walled).findFirst()
                .orElseThrow();
        JsonNode wall = null;
        for (JsonNode candidate : Http.get(suite.url("matter") + "/api/walls", analyst).body().path("items")) {
            if (candidate.path("inquiryId").asText().equals(walled.inquiryId())) {
                wall = candidate;
            }
        }
        assertThat(wall).as("the wall on inquiry " + walled.inquiryId()).isNotNull();
        assertThat(wall.path("source").asText()).isEqualTo("CONFLICT_WAIVER");
        assertThat(wall.path("screened").size()).isEqualTo(1);
    }
}
