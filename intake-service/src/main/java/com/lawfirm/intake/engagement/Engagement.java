package com.lawfirm.intake.engagement;

import com.lawfirm.events.intake.EngagementDrafted;
import com.lawfirm.events.intake.EngagementFeeTermsDecided;
import com.lawfirm.events.intake.EngagementReviewed;
import com.lawfirm.events.intake.EngagementRevised;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.EngagementSignedBy;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.ReviewDecision;
import com.lawfirm.events.intake.SigningSide;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.intake.engagement.EngagementCommands.DraftEngagement;
import com.lawfirm.intake.engagement.EngagementCommands.RecordFeeTermsDecision;
import com.lawfirm.intake.engagement.EngagementCommands.ReviewEngagement;
import com.lawfirm.intake.engagement.EngagementCommands.ReviseEngagement;
import com.lawfirm.intake.engagement.EngagementCommands.SignEngagement;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The engagement contract (委托代理合同). Each terms version needs the firm's internal review and billing's fee-rule
 * approval; only then can it be signed, and when both sides have signed the engagement is established.
 */
@Aggregate
class Engagement {

    private record Signature(String signatory, LocalDate signedOn) {
    }

    @AggregateIdentifier
    private String engagementId;
    private String inquiryId;
    private String clientId;
    private String clientName;
    private List<MatterParty> parties;
    private EngagementTerms terms;
    private int termsVersion;
    private ReviewDecision review;
    private Boolean feeApproved;
    private final Map<SigningSide, Signature> signatures = new EnumMap<>(SigningSide.class);

    Engagement() {
    }

    @CommandHandler
    Engagement(DraftEngagement command) {
        if (command.parties() == null || command.parties().stream().noneMatch(p -> p.role() == PartyRole.CLIENT)) {
            throw new InvalidFieldException("parties", "the contract names the client");
        }
        check(command.terms());
        apply(new EngagementDrafted(command.engagementId(), command.inquiryId(), command.proposalVersion(),
                command.clientId(), command.clientName(), List.copyOf(command.parties()), command.terms(), 1));
    }

    @CommandHandler
    void handle(ReviseEngagement command) {
        if (!signatures.isEmpty()) {
            throw new RuleViolationException("engagement-signing-started", "a signed contract is not revised; draft a supplement");
        }
        check(command.terms());
        apply(new EngagementRevised(engagementId, command.terms(), termsVersion + 1));
    }

    @CommandHandler
    void handle(ReviewEngagement command) {
        if (!signatures.isEmpty()) {
            throw new RuleViolationException("engagement-signing-started", "the contract is already being signed");
        }
        if (command.decision() == null) {
            throw new InvalidFieldException("decision", "must be APPROVED or RETURNED");
        }
        apply(new EngagementReviewed(engagementId, termsVersion, command.decision(), command.reviewer(), command.comments()));
    }

    /** A decision on an earlier terms version, or after signing started, changes nothing. */
    @CommandHandler
    void handle(RecordFeeTermsDecision command) {
        if (command.termsVersion() == termsVersion && signatures.isEmpty()) {
            apply(new EngagementFeeTermsDecided(engagementId, termsVersion, command.approved(), command.ruleSet(),
                    command.failedRule(), command.explanation()));
        }
    }

    @CommandHandler
    void handle(SignEngagement command) {
        if (review != ReviewDecision.APPROVED || !Boolean.TRUE.equals(feeApproved)) {
            throw new RuleViolationException("engagement-not-approved",
                    "the contract is signed only after the internal review and the fee terms are both approved");
        }
        if (command.side() == null) {
            throw new InvalidFieldException("side", "must be CLIENT or FIRM");
        }
        if (signatures.containsKey(command.side())) {
            throw new RuleViolationException("already-signed", "this side has already signed");
        }
        boolean completes = signatures.size() == SigningSide.values().length - 1;
        if (completes && clientId == null && command.newClientId() == null) {
            // the signing service registers the prospect: a contract that binds no client is never complete
            throw new IllegalStateException("the contract of a prospect completes only with the client it binds");
        }
        apply(new EngagementSignedBy(engagementId, command.side(), command.signatory(), command.signedOn()));
        if (completes) {
            Signature client = signatures.get(SigningSide.CLIENT);
            Signature firm = signatures.get(SigningSide.FIRM);
            String bound = clientId != null ? clientId : command.newClientId();
            apply(new EngagementSigned(engagementId, inquiryId, bound, clientName, parties, terms, termsVersion,
                    client.signatory(), client.signedOn(), firm.signatory(), firm.signedOn()));
        }
    }

    private static void check(EngagementTerms terms) {
        if (terms == null || terms.matterType() == null) {
            throw new InvalidFieldException("matterType", "is required");
        }
        if (terms.fee() == null || terms.fee().components() == null || terms.fee().components().isEmpty()) {
            throw new InvalidFieldException("fee", "the contract states the fee");
        }
        if (terms.termStart() != null && terms.termEnd() != null && terms.termEnd().isBefore(terms.termStart())) {
            throw new InvalidFieldException("termEnd", "must not be before termStart");
        }
        boolean contingency = terms.fee().components().stream().anyMatch(c -> c.model() == FeeModel.CONTINGENCY);
        if (contingency && (terms.contingencyClause() == null || terms.contingencyClause().isBlank())) {
            throw new InvalidFieldException("contingencyClause", "a contingency fee needs its own contract clause");
        }
    }

    @EventSourcingHandler
    void on(EngagementDrafted event) {
        engagementId = event.engagementId();
        inquiryId = event.inquiryId();
        clientId = event.clientId();
        clientName = event.clientName();
        parties = event.parties();
        terms = event.terms();
        termsVersion = event.termsVersion();
    }

    @EventSourcingHandler
    void on(EngagementRevised event) {
        terms = event.terms();
        termsVersion = event.termsVersion();
        review = null;
        feeApproved = null;
    }

    @EventSourcingHandler
    void on(EngagementReviewed event) {
        review = event.decision();
    }

    @EventSourcingHandler
    void on(EngagementFeeTermsDecided event) {
        feeApproved = event.approved();
    }

    @EventSourcingHandler
    void on(EngagementSignedBy event) {
        signatures.put(event.side(), new Signature(event.signatory(), event.signedOn()));
    }

    /** A contract drafted for a prospect binds the client the prospect was registered as. */
    @EventSourcingHandler
    void on(EngagementSigned event) {
        if (event.clientId() != null) {
            clientId = event.clientId();
        }
    }
}
