package com.lawfirm.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lawfirm.demo.Firm.Trace;
import com.lawfirm.demo.People.ClientSeed;
import com.lawfirm.demo.Plans.MatterPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * A matter's life before it is a matter, through intake's and conflict-service's APIs with the bodies, roles and waits
 * of the end-to-end tests (IntakeSteps, ConflictLoopTest): the inquiry, the conflict check and the analyst's decision
 * (clear, a waiver behind an ethical wall, or a conflict no waiver cures), interview and assessment, the proposals, and
 * the engagement approved by billing's fee rules, reviewed by the partner and signed.
 */
final class IntakeDriver {

    private static final String[] CONTACT_CHANNELS = {"PHONE", "MEETING", "EMAIL", "VIDEO_CALL"};
    private static final String[] DECLINE_REASONS = {"OUTSIDE_EXPERTISE", "NO_CAPACITY", "NOT_VIABLE", "FEE_NOT_AGREED"};
    private static final String[] DIFFICULTY = {"LOW", "MEDIUM", "MEDIUM", "HIGH"};

    private final Firm firm;
    private final Api api;

    IntakeDriver(Firm firm) {
        this.firm = firm;
        this.api = firm.api();
    }

    /** Drives the inquiry as far as the plan says; true when the engagement is signed and a matter will open. */
    boolean drive(MatterPlan p, Trace t) {
        String intake = firm.token(p.intake());
        ClientSeed client = p.client();
        JsonNode opened = api.expect("open the inquiry", api.post("intake", "/api/inquiries", intake, Json.obj(
                "source", client.body().path("source"),
                "prospect", Json.obj("kind", client.kind(), "name", client.name(), "contacts", client.body().path("contacts")),
                "roughNeed", p.kind().need(), "owner", p.intake().login(), "existingClientId", t.clientId)), 201);
        t.inquiryId = opened.path("id").asText();
        String inquiry = "/api/inquiries/" + t.inquiryId;
        api.expect("log the first contact", api.post("intake", inquiry + "/contacts", intake, Json.obj(
                "channel", CONTACT_CHANNELS[p.index() % CONTACT_CHANNELS.length],
                "at", p.day(0).atTime(9 + p.index() % 8, 30).atZone(firm.zone()).toInstant(),
                "withWhom", client.contactPerson(),
                "summary", "初次沟通 first contact: " + p.kind().background())), 202);
        api.expect("identify the need", api.post("intake", inquiry + "/need", intake, Json.obj(
                "coreNeed", p.kind().need(), "background", p.kind().background())), 202);
        t.reached = Stage.INQUIRY;
        if (p.stage() == Stage.INQUIRY) {
            return false;
        }

        List<ObjectNode> parties = new ArrayList<>(List.of(
                Json.obj("role", "PROSPECTIVE_CLIENT", "kind", client.kind(), "name", client.name())));
        if (p.other() != null) {
            parties.add(Json.obj("role", p.other().role(), "kind", p.other().kind(), "name", p.other().name()));
        }
        t.checkId = api.expect("request the conflict check", api.post("intake", inquiry + "/conflict-check", intake,
                Json.obj("parties", parties)), 202).path("checkId").asText();
        String analyst = firm.token(p.analyst());
        String check = "/api/conflict-checks/" + t.checkId;
        JsonNode result = api.until("the conflict check's result", 200, () -> api.get("conflict", check, analyst));
        t.reached = Stage.CHECK_PENDING;
        if (p.stage() == Stage.CHECK_PENDING) {
            return false;
        }
        decide(p, t, check, analyst, result);
        if (t.reached == Stage.DECLINED) {
            awaitStage(inquiry, intake, "DECLINED");
            return false;
        }
        awaitStage(inquiry, intake, "CLEARED");

        String lawyer = firm.token(p.lead());
        api.expect("record the interview", api.post("intake", inquiry + "/interviews", lawyer, Json.obj(
                "date", p.day(0.05), "attendees", List.of(p.lead().name(), client.contactPerson()),
                "content", "谈话笔录 Interview notes: " + p.kind().background() + "；" + String.join("；", p.kind().issues()),
                "confirmedByClient", true)), 201);
        int from = 40 + p.index() % 30;
        api.expect("record the assessment", api.post("intake", inquiry + "/assessment", lawyer, Json.obj(
                "legalIssues", p.kind().issues(), "risks", List.of(p.kind().risk()), "successLikelyFromPercent", from,
                "successLikelyToPercent", from + 15, "difficulty", DIFFICULTY[p.index() % DIFFICULTY.length],
                "resourcesNeeded", "主办律师一名、协办律师一名 a lead and an associate")), 202);
        if (p.stage() == Stage.DECLINED) {
            api.expect("decline after the interview", api.post("intake", inquiry + "/decline", lawyer, Json.obj(
                    "reason", DECLINE_REASONS[p.index() % DECLINE_REASONS.length],
                    "internalNote", "面谈后决定不代理 declined after the interview")), 202);
            awaitStage(inquiry, intake, "DECLINED");
            t.reached = Stage.DECLINED;
            return false;
        }

        int version = 1;
        if (p.rejectFirst()) {
            propose(p, inquiry, lawyer, true);
            api.expect("the client rejects proposal 1", api.post("intake", inquiry + "/proposals/1/rejection", lawyer,
                    Json.obj("reason", "费用高于预算 above the client's budget")), 202);
            version = 2;
        }
        propose(p, inquiry, lawyer, false);
        t.reached = Stage.PROPOSAL;
        if (p.stage() == Stage.PROPOSAL) {
            return false;
        }
        api.expect("the client accepts the proposal", api.post("intake", inquiry + "/proposals/" + version + "/acceptance",
                lawyer, Json.obj("acceptedOn", p.day(0.1))), 202);
        awaitStage(inquiry, intake, "PROPOSAL_ACCEPTED");
        return engagement(p, t, lawyer);
    }

    /**
     * The analyst's decision: a conflict no waiver cures declines the inquiry (always when the check found one);
     * another client of the firm on the other side needs its written waiver, with a wall when the plan screens someone;
     * anything else is cleared, with reasons when there were hits.
     */
    private void decide(MatterPlan p, Trace t, String check, String analyst, JsonNode result) {
        boolean absolute = !result.path("absoluteConflicts").isEmpty();
        if (absolute || p.declineByConflict()) {
            api.expect("decline for the conflict", api.post("conflict", check + "/decision", analyst, Json.obj(
                    "assessment", "ABSOLUTE", "reasoning", "对方为本所现任客户，不可豁免 the other side is a current client")), 202);
            t.reached = Stage.DECLINED;
            if (p.stage() != Stage.DECLINED) {
                t.note = "the conflict check found a conflict no waiver cures: " + result.path("absoluteConflicts");
            }
        } else if (p.other() != null && p.other().firmClient()) {
            String party = p.other().name();
            api.expect("ask for the other client's waiver", api.post("conflict", check + "/decision", analyst, Json.obj(
                    "assessment", "WAIVER_REQUIRED", "reasoning", "对方为本所现任客户（无关业务）a current client: waivable",
                    "waiversRequiredFrom", List.of(party))), 202);
            boolean wall = p.screened() != null;
            api.expect("record the waiver", api.post("conflict", check + "/waivers", analyst, Json.obj(
                    "partyName", party, "documentRef", "豁免同意函 waiver-%04d.pdf".formatted(p.index() + 1),
                    "ethicalWall", wall, "screenedStaff", wall ? List.of(p.screened().login()) : null)), 202);
        } else {
            int hits = result.path("hits").size();
            api.expect("clear the check", api.post("conflict", check + "/decision", analyst, Json.obj("assessment", "CLEAR",
                    "reasoning", hits == 0 ? "无命中 no hits" : hits + " 项命中均为本客户既往记录或无关 " + hits
                            + " hits: the client's own records or unrelated")), 202);
        }
    }

    private void propose(MatterPlan p, String inquiry, String lawyer, boolean rejectedVersion) {
        api.expect("draft a proposal", api.post("intake", inquiry + "/proposals", lawyer, Json.obj(
                "objectives", p.kind().objectives(), "scope", p.kind().scope(),
                "strategy", "先行协商，必要时诉讼 negotiate first, litigate if needed", "quote", p.quote(rejectedVersion))), 201);
    }

    /** Drafted from the accepted proposal, approved by billing's fee rules over Kafka, reviewed by the partner, signed. */
    private boolean engagement(MatterPlan p, Trace t, String lawyer) {
        JsonNode drafted = api.expect("draft the engagement", api.post("intake", "/api/engagements", lawyer, Json.obj(
                "inquiryId", t.inquiryId, "terms", Json.obj("matterType", p.kind().type(),
                        "matterDescription", p.kind().description(), "termStart", p.day(0.12),
                        "contingencyClause", p.contingency() ? "风险代理：按实际回款的 " + p.contingencyPercent()
                                + "% 收取 contingency fee on what is actually recovered" : null))), 201);
        t.engagementId = drafted.path("id").asText();
        String url = "/api/engagements/" + t.engagementId;
        api.await("billing's decision on the fee terms", () -> {
            Api.Reply reply = api.get("intake", url, lawyer);
            JsonNode decision = reply.body().path("feeDecision");
            if (reply.status() != 200 || !decision.isObject()) {
                return null;
            }
            if (!decision.path("approved").asBoolean()) {
                throw new Api.Failure("billing refused the fee terms: " + decision);
            }
            return decision;
        });
        api.expect("the partner's review", api.post("intake", url + "/review", firm.token(p.partner()), Json.obj(
                "decision", "APPROVED", "comments", "条款符合本所标准 terms follow the firm's standard")), 202);
        api.expect("the client signs", api.post("intake", url + "/signature", lawyer, Json.obj(
                "side", "CLIENT", "signatory", p.client().contactPerson(), "signedOn", p.day(0.12))), 202);
        t.reached = Stage.ENGAGEMENT;
        if (p.stage() == Stage.ENGAGEMENT) {
            return false;
        }
        api.expect("the firm signs", api.post("intake", url + "/signature", lawyer, Json.obj(
                "side", "FIRM", "signatory", p.partner().name(), "signedOn", p.day(0.12))), 202);
        return true;
    }

    private void awaitStage(String inquiry, String token, String stage) {
        api.await("the inquiry to be " + stage, () -> {
            Api.Reply reply = api.get("intake", inquiry, token);
            return reply.status() == 200 && reply.body().path("stage").asText().equals(stage) ? reply.body() : null;
        });
    }
}
