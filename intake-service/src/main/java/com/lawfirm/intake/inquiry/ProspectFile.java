package com.lawfirm.intake.inquiry;

import com.lawfirm.events.intake.InquiryDeclined;
import com.lawfirm.events.intake.InquiryOpened;
import com.lawfirm.events.intake.InquiryWithdrawn;
import com.lawfirm.events.intake.ProposalAccepted;
import com.lawfirm.events.intake.ProspectLegalHoldLifted;
import com.lawfirm.events.intake.ProspectLegalHoldPlaced;
import com.lawfirm.events.intake.ProspectPersonalDataErased;
import com.lawfirm.intake.inquiry.InquiryCommands.EraseProspectPersonalData;
import com.lawfirm.intake.inquiry.InquiryCommands.LiftProspectLegalHold;
import com.lawfirm.intake.inquiry.InquiryCommands.PlaceProspectLegalHold;
import com.lawfirm.intake.privacy.LegalHolds;
import com.lawfirm.kit.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The inquiry's prospect as a data subject (an entity of the {@link Inquiry}, its events the inquiry's): whether the
 * prospect is a registered client, whether a proposal was accepted (an engagement may have been drafted under its own
 * key), the day the inquiry ended, the legal holds on its records, and whether the prospect is erased already.
 */
final class ProspectFile {

    private String inquiryId;
    private String existingClientId;
    private boolean proposalAccepted;
    /** When the inquiry was declined or withdrawn; its day is the firm's, named by the erasure. */
    private Instant endedAt;
    private boolean erased;
    private final LegalHolds legalHolds = new LegalHolds();

    /**
     * A hold keeps a prospect's records past the prospect retention. The inquiry of a registered client is kept with
     * the client's records, so its hold is placed on the client.
     */
    @CommandHandler
    void handle(PlaceProspectLegalHold command) {
        refuseIfErased();
        if (existingClientId != null) {
            throw new RuleViolationException("inquiry-of-a-client", "the prospect is the firm's client "
                    + existingClientId + ": place the hold on the client, whose records include its inquiries");
        }
        apply(new ProspectLegalHoldPlaced(inquiryId, command.holdId(), LegalHolds.reason(command.reason()),
                command.placedOn(), command.placedBy()));
    }

    @CommandHandler
    void handle(LiftProspectLegalHold command) {
        legalHolds.requireStanding(command.holdId(), "the inquiry");
        apply(new ProspectLegalHoldLifted(inquiryId, command.holdId(), command.liftedOn(), command.liftedBy()));
    }

    /**
     * The prospect of a declined or withdrawn inquiry, never the firm's client, is erased once the inquiry ended longer
     * ago than the firm keeps such records, and no legal hold stands. Returns the subjects whose keys go (the
     * inquiry's, and the engagement's drafted from it), or refuses.
     */
    @CommandHandler
    List<String> handle(EraseProspectPersonalData command) {
        refuseIfErased();
        if (existingClientId != null) {
            throw new RuleViolationException("inquiry-of-a-client",
                    "the prospect is the firm's client " + existingClientId + ": the client's erasure covers its inquiries");
        }
        if (endedAt == null) {
            throw new RuleViolationException("inquiry-not-ended",
                    "only the prospect of a declined or withdrawn inquiry is erased; this one is still under way");
        }
        LocalDate endedOn = LocalDate.ofInstant(endedAt, command.zone());
        LocalDate erasableFrom = endedOn.plusYears(command.retentionYears());
        if (command.today().isBefore(erasableFrom)) {
            throw new RuleViolationException("retention-not-over", "the inquiry ended on " + endedOn
                    + "; its records are kept " + command.retentionYears() + " years, until " + erasableFrom);
        }
        legalHolds.refuseErasure();
        List<String> subjects = proposalAccepted
                ? List.of(inquiryId, AcceptedProposals.engagementIdOf(inquiryId)) : List.of(inquiryId);
        apply(new ProspectPersonalDataErased(inquiryId, subjects, command.today(), command.requestId(), command.erasedBy()));
        return subjects;
    }

    private void refuseIfErased() {
        if (erased) {
            throw new RuleViolationException("prospect-erased", "the prospect's personal data is already erased");
        }
    }

    @EventSourcingHandler
    void on(InquiryOpened event) {
        inquiryId = event.inquiryId();
        existingClientId = event.existingClientId();
    }

    @EventSourcingHandler
    void on(ProposalAccepted event) {
        proposalAccepted = true;
    }

    @EventSourcingHandler
    void on(InquiryDeclined event, @Timestamp Instant at) {
        endedAt = at;
    }

    @EventSourcingHandler
    void on(InquiryWithdrawn event, @Timestamp Instant at) {
        endedAt = at;
    }

    @EventSourcingHandler
    void on(ProspectLegalHoldPlaced event) {
        legalHolds.placed(event.holdId(), event.reason());
    }

    @EventSourcingHandler
    void on(ProspectLegalHoldLifted event) {
        legalHolds.lifted(event.holdId());
    }

    @EventSourcingHandler
    void on(ProspectPersonalDataErased event) {
        erased = true;
    }
}
