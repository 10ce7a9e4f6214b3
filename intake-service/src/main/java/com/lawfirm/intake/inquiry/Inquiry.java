package com.lawfirm.intake.inquiry;

import com.lawfirm.events.intake.AssessmentRecorded;
import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.ConflictCheckRequested;
import com.lawfirm.events.intake.DeclineReason;
import com.lawfirm.events.intake.DocumentReceived;
import com.lawfirm.events.intake.DocumentRequested;
import com.lawfirm.events.intake.InquiryConflictCleared;
import com.lawfirm.events.intake.InquiryContactLogged;
import com.lawfirm.events.intake.InquiryDeclined;
import com.lawfirm.events.intake.InquiryNeedIdentified;
import com.lawfirm.events.intake.InquiryOpened;
import com.lawfirm.events.intake.InquiryWithdrawn;
import com.lawfirm.events.intake.InterviewRecorded;
import com.lawfirm.events.intake.ProposalAccepted;
import com.lawfirm.events.intake.ProposalDrafted;
import com.lawfirm.events.intake.ProposalRejected;
import com.lawfirm.intake.inquiry.InquiryCommands.AcceptProposal;
import com.lawfirm.intake.inquiry.InquiryCommands.DeclineInquiry;
import com.lawfirm.intake.inquiry.InquiryCommands.DraftProposal;
import com.lawfirm.intake.inquiry.InquiryCommands.IdentifyNeed;
import com.lawfirm.intake.inquiry.InquiryCommands.LogContact;
import com.lawfirm.intake.inquiry.InquiryCommands.OpenInquiry;
import com.lawfirm.intake.inquiry.InquiryCommands.ReceiveDocument;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordAssessment;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordConflictCleared;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordConflictDeclined;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordInterview;
import com.lawfirm.intake.inquiry.InquiryCommands.RejectProposal;
import com.lawfirm.intake.inquiry.InquiryCommands.RequestConflictCheck;
import com.lawfirm.intake.inquiry.InquiryCommands.RequestDocument;
import com.lawfirm.intake.inquiry.InquiryCommands.WithdrawInquiry;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A prospect's inquiry from first contact to an accepted proposal. The profession's red line lives here: nothing of
 * stage 2 (interview, documents, assessment, proposal) is accepted until the conflict check is cleared.
 */
@Aggregate
class Inquiry {

    @AggregateIdentifier
    private String inquiryId;
    private InquiryStage stage;
    private String pendingCheckId;
    private int latestProposal;
    /** the prospect as a data subject: its legal holds and its erasure */
    @AggregateMember
    private final ProspectFile prospect = new ProspectFile();
    private final Set<String> requestedDocuments = new HashSet<>();
    private final Set<String> receivedDocuments = new HashSet<>();

    Inquiry() {
    }

    @CommandHandler
    Inquiry(OpenInquiry command) {
        if (command.prospect() == null || command.prospect().name() == null || command.prospect().name().isBlank()) {
            throw new InvalidFieldException("prospect.name", "must not be blank");
        }
        if (command.source() == null || command.source().channel() == null) {
            throw new InvalidFieldException("source.channel", "the source of every inquiry is recorded");
        }
        apply(new InquiryOpened(command.inquiryId(), command.source(), command.prospect(), command.roughNeed(),
                command.owner(), command.existingClientId()));
    }

    @CommandHandler
    void handle(LogContact command) {
        requireOpen();
        apply(new InquiryContactLogged(inquiryId, command.channel(), command.at(), command.withWhom(), command.summary()));
    }

    @CommandHandler
    void handle(IdentifyNeed command) {
        requireOpen();
        apply(new InquiryNeedIdentified(inquiryId, command.coreNeed(), command.background()));
    }

    @CommandHandler
    void handle(RequestConflictCheck command) {
        requireOpen();
        if (stage == InquiryStage.CONFLICT_CHECK_PENDING) {
            throw new RuleViolationException("conflict-check-pending", "a conflict check is already running for this inquiry");
        }
        if (stage == InquiryStage.PROPOSAL_ACCEPTED) {
            throw new RuleViolationException("proposal-accepted", "the proposal is accepted; new parties are checked on the engagement");
        }
        if (command.parties() == null || command.parties().stream().noneMatch(p -> p.role() == CheckRole.PROSPECTIVE_CLIENT)) {
            throw new InvalidFieldException("parties", "name the prospective client among the parties");
        }
        apply(new ConflictCheckRequested(command.checkId(), inquiryId, List.copyOf(command.parties())));
    }

    /** Outcomes of checks other than the pending one (superseded, or redelivered after the fact) change nothing. */
    @CommandHandler
    void handle(RecordConflictCleared command) {
        if (stage == InquiryStage.CONFLICT_CHECK_PENDING && command.checkId().equals(pendingCheckId)) {
            apply(new InquiryConflictCleared(inquiryId, command.checkId(),
                    command.waivers() == null ? List.of() : command.waivers()));
        }
    }

    @CommandHandler
    void handle(RecordConflictDeclined command) {
        if (stage == InquiryStage.CONFLICT_CHECK_PENDING && command.checkId().equals(pendingCheckId)) {
            apply(new InquiryDeclined(inquiryId, DeclineReason.CONFLICT_OF_INTEREST, command.internalNote()));
        }
    }

    @CommandHandler
    void handle(RecordInterview command) {
        requireCleared();
        apply(new InterviewRecorded(inquiryId, command.interviewId(), command.date(), command.attendees(),
                command.content(), command.confirmedByClient()));
    }

    @CommandHandler
    void handle(RequestDocument command) {
        requireCleared();
        apply(new DocumentRequested(inquiryId, command.documentId(), command.description(), command.dueBy()));
    }

    @CommandHandler
    void handle(ReceiveDocument command) {
        requireCleared();
        if (!requestedDocuments.contains(command.documentId())) {
            throw new NotFoundException("requested document", command.documentId());
        }
        if (receivedDocuments.contains(command.documentId())) {
            throw new RuleViolationException("document-already-received", "this document was already received");
        }
        apply(new DocumentReceived(inquiryId, command.documentId(), command.receivedOn(), command.note()));
    }

    @CommandHandler
    void handle(RecordAssessment command) {
        requireCleared();
        Integer from = command.successLikelyFromPercent();
        Integer to = command.successLikelyToPercent();
        if ((from == null) != (to == null)) {
            throw new InvalidFieldException("successLikelyToPercent", "give both bounds of the range, or neither");
        }
        if (from != null && (from < 0 || to >= 100 || from > to)) {
            throw new InvalidFieldException("successLikelyToPercent",
                    "must be a range within 0-99 percent, lower bound first: an assessment never promises success");
        }
        apply(new AssessmentRecorded(inquiryId, command.legalIssues(), command.disputedPoints(), command.risks(), from, to,
                command.difficulty(), command.resourcesNeeded()));
    }

    @CommandHandler
    int handle(DraftProposal command) {
        requireCleared();
        if (command.quote() == null || command.quote().components() == null || command.quote().components().isEmpty()) {
            throw new InvalidFieldException("quote.components", "a proposal carries a fee quote with at least one component");
        }
        int version = latestProposal + 1;
        apply(new ProposalDrafted(inquiryId, version, command.objectives(), command.scope(), command.strategy(),
                command.expectedOutcome(), command.quote()));
        return version;
    }

    @CommandHandler
    void handle(AcceptProposal command) {
        requireCleared();
        requireProposal(command.version());
        apply(new ProposalAccepted(inquiryId, command.version(), command.acceptedOn()));
    }

    @CommandHandler
    void handle(RejectProposal command) {
        requireCleared();
        requireProposal(command.version());
        apply(new ProposalRejected(inquiryId, command.version(), command.reason()));
    }

    @CommandHandler
    void handle(DeclineInquiry command) {
        requireOpen();
        apply(new InquiryDeclined(inquiryId, command.reason(), command.internalNote()));
    }

    @CommandHandler
    void handle(WithdrawInquiry command) {
        requireOpen();
        apply(new InquiryWithdrawn(inquiryId, command.reason()));
    }

    private void requireOpen() {
        if (stage.closed()) {
            throw new RuleViolationException("inquiry-closed", "the inquiry was " + stage.name().toLowerCase() + "; nothing more is recorded on it");
        }
    }

    private void requireCleared() {
        requireOpen();
        if (stage == InquiryStage.PROPOSAL_ACCEPTED) {
            throw new RuleViolationException("proposal-accepted", "a proposal is accepted; continue on the engagement contract");
        }
        if (stage != InquiryStage.CLEARED) {
            throw new RuleViolationException("conflict-check-not-cleared",
                    "the conflict check of this inquiry is not cleared: no interview, document, assessment or proposal before it is");
        }
    }

    private void requireProposal(int version) {
        if (version < 1 || version > latestProposal) {
            throw new NotFoundException("proposal version", String.valueOf(version));
        }
    }

    @EventSourcingHandler
    void on(InquiryOpened event) {
        inquiryId = event.inquiryId();
        stage = InquiryStage.OPEN;
    }

    @EventSourcingHandler
    void on(ConflictCheckRequested event) {
        stage = InquiryStage.CONFLICT_CHECK_PENDING;
        pendingCheckId = event.checkId();
    }

    @EventSourcingHandler
    void on(InquiryConflictCleared event) {
        stage = InquiryStage.CLEARED;
        pendingCheckId = null;
    }

    @EventSourcingHandler
    void on(DocumentRequested event) {
        requestedDocuments.add(event.documentId());
    }

    @EventSourcingHandler
    void on(DocumentReceived event) {
        receivedDocuments.add(event.documentId());
    }

    @EventSourcingHandler
    void on(ProposalDrafted event) {
        latestProposal = event.version();
    }

    @EventSourcingHandler
    void on(ProposalAccepted event) {
        stage = InquiryStage.PROPOSAL_ACCEPTED;
    }

    @EventSourcingHandler
    void on(InquiryDeclined event) {
        stage = InquiryStage.DECLINED;
    }

    @EventSourcingHandler
    void on(InquiryWithdrawn event) {
        stage = InquiryStage.WITHDRAWN;
    }
}
