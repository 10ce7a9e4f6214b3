package com.lawfirm.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.lawfirm.demo.Firm.Trace;
import com.lawfirm.demo.Plans.MatterPlan;
import com.lawfirm.demo.Plans.TimeSeed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A matter's money through billing's API, as ClientLifecycleTest bills it: time recorded by the team and approved by
 * the lead lawyer, an invoice drafted by billing, approved by the responsible partner, issued under its gapless number
 * and sent, then paid and the fees settled (which lets matter-service close the matter).
 */
final class BillingDriver {

    private final Firm firm;
    private final Api api;

    BillingDriver(Firm firm) {
        this.firm = firm;
        this.api = firm.api();
    }

    /**
     * Each entry waits until billing knows its author is on the team (it learns of the team over Kafka). All are
     * approved, except, while the matter is merely open, the latest, which is left for the lead to approve.
     */
    void recordTime(MatterPlan p, Trace t) {
        List<String> entries = new ArrayList<>();
        for (TimeSeed entry : p.time()) {
            String token = firm.token(entry.by());
            entries.add(api.until("time entry by " + entry.by().login(), 201, () -> api.post("billing", "/api/time-entries",
                    token, Json.obj("matterId", t.matterId, "workDate", entry.on(), "minutes", entry.minutes(),
                            "activity", entry.activity(), "rate", entry.by().rate()))).path("id").asText());
            t.timeEntries++;
        }
        int approve = p.stage() == Stage.OPEN && entries.size() > 1 ? entries.size() - 1 : entries.size();
        String lead = firm.token(p.lead());
        for (String entry : entries.subList(0, approve)) {
            api.until("approval of time entry " + entry, 202, () -> api.post("billing",
                    "/api/time-entries/" + entry + "/approval", lead, null));
        }
    }

    /** Invoices the approved time; issued and sent for BILLED (half paid for some), paid in full and settled beyond. */
    void invoice(MatterPlan p, Trace t) {
        String billing = firm.token(p.billing());
        int approved = p.time().size();
        api.await("the approved time in billing's work in progress", () -> {
            Api.Reply wip = api.get("billing", "/api/matters/" + t.matterId + "/wip", billing);
            long count = 0;
            for (JsonNode item : wip.body().path("items")) {
                count += item.path("stage").asText().equals("APPROVED") ? 1 : 0;
            }
            return wip.status() == 200 && count >= approved ? wip.body() : null;
        });
        t.invoiceId = api.expect("draft the invoice", api.post("billing", "/api/invoices", billing,
                Json.obj("matterId", t.matterId)), 201).path("id").asText();
        String url = "/api/invoices/" + t.invoiceId;
        BigDecimal gross = api.await("the invoice's amounts", () -> {
            Api.Reply invoice = api.get("billing", url, billing);
            BigDecimal amount = invoice.body().path("gross").decimalValue().setScale(2, RoundingMode.HALF_EVEN);
            return invoice.status() == 200 && amount.signum() > 0 ? amount : null;
        });
        String partner = firm.token(p.partner());
        api.until("the responsible partner's approval of the invoice", 202, () -> api.post("billing", url + "/approval",
                partner, null));
        t.invoiceNumber = api.expect("issue the invoice", api.post("billing", url + "/issue", billing, null), 200)
                .path("invoiceNumber").asText();
        api.expect("send the invoice", api.post("billing", url + "/sending", billing, Json.obj(
                "via", "EMAIL", "sentTo", p.client().email(), "sentOn", p.day(0.8))), 202);
        t.reached = Stage.BILLED;
        if (p.stage() == Stage.BILLED) {
            if (p.partlyPaid()) {
                pay(p, t, billing, gross.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN));
            }
            return;
        }
        pay(p, t, billing, gross);
        api.expect("settle the matter's fees", api.post("billing", "/api/matters/" + t.matterId + "/settlement", billing,
                Json.obj("settledOn", p.day(0.85))), 202);
        t.reached = Stage.PAID;
    }

    private void pay(MatterPlan p, Trace t, String billing, BigDecimal amount) {
        api.expect("record the payment", api.post("billing", "/api/payments", billing, Json.obj(
                "matterId", t.matterId, "allocations", List.of(Json.obj("invoiceId", t.invoiceId, "amount", amount)),
                "receivedOn", p.day(0.84), "reference", "招商银行 CMB %06d".formatted(p.index() + 1))), 201);
    }
}
