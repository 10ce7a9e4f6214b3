package com.lawfirm.intake.inquiry;

import com.lawfirm.intake.inquiry.InquiryCommands.EraseProspectPersonalData;
import com.lawfirm.kit.problem.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * What an inquiry keeps for its prospect's erasure: whether the prospect is a registered client, whether a proposal
 * was accepted (an engagement may have been drafted under its own key), the day the inquiry ended, and whether the
 * prospect is erased already. Changed by the inquiry's event-sourcing handlers alone.
 */
final class ProspectFile {

    private String existingClientId;
    private boolean proposalAccepted;
    private LocalDate endedOn;
    private boolean erased;

    void opened(String existingClientId) {
        this.existingClientId = existingClientId;
    }

    void proposalAccepted() {
        proposalAccepted = true;
    }

    /** The day counted is UTC's. */
    void ended(Instant at) {
        endedOn = LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    void erased() {
        erased = true;
    }

    /**
     * The prospect of a declined or withdrawn inquiry, never the firm's client, is erased once the inquiry ended longer
     * ago than the firm keeps such records. Returns the subjects whose keys go (the inquiry's, and the engagement's
     * drafted from it), or refuses.
     */
    List<String> subjectsToErase(String inquiryId, InquiryStage stage, EraseProspectPersonalData command) {
        if (erased) {
            throw new RuleViolationException("prospect-erased", "the prospect's personal data is already erased");
        }
        if (existingClientId != null) {
            throw new RuleViolationException("inquiry-of-a-client",
                    "the prospect is the firm's client " + existingClientId + ": the client's erasure covers its inquiries");
        }
        if (!stage.closed()) {
            throw new RuleViolationException("inquiry-not-ended", "only the prospect of a declined or withdrawn inquiry is "
                    + "erased; this one is " + stage.name().toLowerCase(Locale.ROOT));
        }
        LocalDate erasableFrom = endedOn.plusYears(command.retentionYears());
        if (command.today().isBefore(erasableFrom)) {
            throw new RuleViolationException("retention-not-over", "the inquiry ended on " + endedOn
                    + "; its records are kept " + command.retentionYears() + " years, until " + erasableFrom);
        }
        return proposalAccepted ? List.of(inquiryId, AcceptedProposals.engagementIdOf(inquiryId)) : List.of(inquiryId);
    }
}
