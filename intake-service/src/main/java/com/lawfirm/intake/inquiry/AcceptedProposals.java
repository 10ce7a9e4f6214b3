package com.lawfirm.intake.inquiry;

import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.Prospect;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** What an engagement is drafted from: an inquiry's accepted proposal, its prospect and the parties checked. */
@Component
public class AcceptedProposals {

    public record AcceptedProposal(String inquiryId, int version, Prospect prospect, String existingClientId,
                                   String scope, FeeQuote quote, List<CheckedParty> otherParties) {
    }

    private final ReadModelStore store;

    AcceptedProposals(ReadModelStore store) {
        this.store = store;
    }

    /** The id of the engagement drafted from the inquiry's accepted proposal: one inquiry, one engagement. */
    public static String engagementIdOf(String inquiryId) {
        return UUID.nameUUIDFromBytes(("engagement:" + inquiryId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public AcceptedProposal of(String inquiryId) {
        InquiryView inquiry = store.get(InquiryProjection.COLLECTION, inquiryId, InquiryView.class)
                .orElseThrow(() -> new NotFoundException("inquiry", inquiryId));
        if (inquiry.stage != InquiryStage.PROPOSAL_ACCEPTED || inquiry.acceptedVersion == null) {
            throw new RuleViolationException("proposal-not-accepted",
                    "an engagement is drafted from an accepted proposal; this inquiry has none");
        }
        InquiryView.Proposal proposal = inquiry.proposals.stream()
                .filter(p -> p.version() == inquiry.acceptedVersion).findFirst()
                .orElseThrow(() -> new NotFoundException("proposal version", String.valueOf(inquiry.acceptedVersion)));
        List<CheckedParty> others = inquiry.conflictCheck == null ? List.of() : inquiry.conflictCheck.parties().stream()
                .filter(p -> p.role() != CheckRole.PROSPECTIVE_CLIENT).toList();
        return new AcceptedProposal(inquiryId, proposal.version(), inquiry.prospect, inquiry.existingClientId,
                proposal.scope(), proposal.quote(), others);
    }
}
