package com.lawfirm.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.lawfirm.demo.Firm.Trace;
import com.lawfirm.demo.People.StaffMember;
import com.lawfirm.demo.Plans.MatterPlan;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A matter's life from the signed engagement, through matter-service's API as the end-to-end tests drive it
 * (ClientLifecycleTest, MatterSteps): waiting for the matter to open, staffing it (each member signs their own
 * undertaking and is cleared by conflict-service before they may read it), the client-confirmed work plan, progress
 * reports and key events; billing's part in {@link BillingDriver}; closing, feedback and the archive.
 */
final class MatterDriver {

    private static final String[] FEEDBACK = {"", "", "", "结果基本满意，收费偏高 acceptable; fees on the high side",
            "结果满意，希望更多进展汇报 satisfied; more updates please", "团队专业、沟通及时 professional and responsive"};

    private final Firm firm;
    private final Api api;
    private final BillingDriver billing;

    MatterDriver(Firm firm) {
        this.firm = firm;
        this.api = firm.api();
        this.billing = new BillingDriver(firm);
    }

    void drive(MatterPlan p, Trace t) {
        JsonNode matter = api.await("matter-service to open the matter of engagement " + t.engagementId, () -> {
            Api.Reply reply = api.get("matter", "/api/matters?size=200&clientId="
                    + URLEncoder.encode(t.clientId, StandardCharsets.UTF_8), firm.admin());
            if (reply.status() == 401 || reply.status() == 403) {
                throw new Api.Failure("the matter register refused the ADMIN token: " + reply);
            }
            for (JsonNode item : reply.body().path("items")) {
                if (item.path("engagementId").asText().equals(t.engagementId)) {
                    return item;
                }
            }
            return null;
        });
        t.matterId = matter.path("matterId").asText();
        t.matterNumber = matter.path("matterNumber").asText();
        String url = "/api/matters/" + t.matterId;
        staff(p, url);
        work(p, url);
        billing.recordTime(p, t);
        t.reached = Stage.OPEN;
        if (p.stage() == Stage.OPEN) {
            return;
        }
        billing.invoice(p, t);
        if (p.stage() == Stage.BILLED || p.stage() == Stage.PAID) {
            return;
        }
        String lawyer = firm.token(p.lead());
        api.await("billing's settlement to reach the matter", () -> {
            Api.Reply reply = api.get("matter", url, lawyer);
            return reply.status() == 200 && !reply.body().path("feesSettledOn").asText("").isEmpty() ? reply.body() : null;
        });
        api.expect("close the matter", api.post("matter", url + "/closing", lawyer, Json.obj(
                "outcome", p.kind().outcome(), "finalReportSentOn", p.day(0.9), "closedOn", p.day(0.9))), 202);
        api.expect("record the client's feedback", api.post("matter", url + "/feedback", lawyer, Json.obj(
                "score", p.feedbackScore(), "comments", FEEDBACK[p.feedbackScore()], "channel", "回访电话 call",
                "recordedOn", p.day(0.93))), 201);
        t.reached = Stage.CLOSED;
        if (p.stage() == Stage.CLOSED) {
            return;
        }
        api.expect("archive the matter", api.post("matter", url + "/archive", firm.token(p.archivist()), null), 202);
        t.reached = Stage.ARCHIVED;
    }

    /**
     * The responsible partner takes the matter and seats the lead (and an associate); each signs their undertaking
     * once matter-service shows their seat, and may read the matter once conflict-service has cleared them too.
     */
    private void staff(MatterPlan p, String url) {
        String partner = firm.token(p.partner());
        List<StaffMember> team = new ArrayList<>(List.of(p.partner(), p.lead()));
        List<String> roles = new ArrayList<>(List.of("RESPONSIBLE_PARTNER", "LEAD_LAWYER"));
        if (p.member() != null) {
            team.add(p.member());
            roles.add("MEMBER");
        }
        for (int i = 0; i < team.size(); i++) {
            StaffMember member = team.get(i);
            String role = roles.get(i);
            api.until("seat " + member.login() + " as " + role, 202, () -> api.post("matter", url + "/team", partner,
                    Json.obj("staffId", firm.staffId(member), "role", role)));
        }
        for (StaffMember member : team) {
            api.until("the undertaking of " + member.login(), 202, () -> api.post("matter",
                    url + "/team/" + firm.staffId(member) + "/undertaking", firm.token(member), null));
        }
        for (StaffMember member : team) {
            try {
                api.until(member.login() + " cleared to read the matter", 200,
                        () -> api.get("matter", url, firm.token(member)));
            } catch (Api.Failure e) {
                // most likely conflict-service found this person among the matter's parties: say so
                throw new Api.Failure(e.getMessage() + "; the team as matter-service has it: "
                        + api.get("matter", url, firm.admin()).body().path("team"));
            }
        }
    }

    /** The plan the client confirms in writing, a first task done, the reporting cadence, a report, a key event. */
    private void work(MatterPlan p, String url) {
        String lawyer = firm.token(p.lead());
        LocalDate today = firm.today();
        boolean open = p.stage() == Stage.OPEN;
        api.expect("draft the work plan", api.post("matter", url + "/work-plan", lawyer, Json.obj("items", List.of(
                Json.obj("itemId", "task-1", "kind", "TASK", "title", p.kind().tasks().get(0), "owner", p.lead().login(),
                        "dueOn", p.day(0.4)),
                Json.obj("itemId", "milestone-1", "kind", "MILESTONE", "title", p.kind().tasks().get(1),
                        "owner", p.lead().login(), "dueOn", open ? today.plusDays(20 + p.index() % 60) : p.day(0.7))))), 202);
        api.expect("the client confirms the work plan", api.post("matter", url + "/work-plan/confirmation", lawyer, Json.obj(
                "version", 1, "confirmedBy", p.client().contactPerson(), "channel", "WRITTEN",
                "evidenceReference", "确认函 letter:%04d".formatted(p.index() + 1), "confirmedOn", p.day(0.16))), 202);
        if (!open || p.index() % 2 == 0) {
            api.expect("complete the first task", api.post("matter", url + "/work-plan/items/task-1/completion", lawyer,
                    Json.obj("completedOn", p.day(0.35))), 202);
        }
        if (!open) {
            api.expect("reach the milestone", api.post("matter", url + "/work-plan/items/milestone-1/completion", lawyer,
                    Json.obj("completedOn", p.day(0.7))), 202);
        }
        api.expect("set the reporting cadence", api.post("matter", url + "/reporting-cadence", lawyer, Json.obj(
                "cadence", "MONTHLY", "firstReportDue", p.day(0.3))), 202);
        api.expect("send a progress report", api.post("matter", url + "/progress-reports", lawyer, Json.obj(
                "periodFrom", p.day(0.12), "periodTo", p.day(0.3), "content", p.kind().report(), "channel", "email",
                "sentOn", p.day(0.3))), 201);
        if (p.keyEvent()) {
            String keyEvent = api.expect("record a key event", api.post("matter", url + "/key-events", lawyer, Json.obj(
                    "kind", p.kind().keyEventKind(), "description", p.kind().keyEvent(), "occurredAt", Instant.now())), 201)
                    .path("id").asText();
            if (p.index() % 2 == 0) {
                api.expect("tell the client of the key event", api.post("matter", url + "/key-events/" + keyEvent
                        + "/communication", lawyer, Json.obj("channel", "phone", "communicatedTo", p.client().contactPerson(),
                        "communicatedAt", Instant.now())), 202);
            }
        }
    }
}
