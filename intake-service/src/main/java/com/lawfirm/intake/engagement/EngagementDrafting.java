package com.lawfirm.intake.engagement;

import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.intake.engagement.EngagementCommands.DraftEngagement;
import com.lawfirm.intake.engagement.EngagementRequests.InstalmentIn;
import com.lawfirm.intake.engagement.EngagementRequests.TermsIn;
import com.lawfirm.intake.inquiry.AcceptedProposals;
import com.lawfirm.intake.inquiry.AcceptedProposals.AcceptedProposal;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the draft contract from the inquiry's accepted proposal: its fee quote, its prospect as the client, and the
 * other parties named in the conflict check. One inquiry has one engagement: its id derives from the inquiry's, so a
 * second draft is refused as a concurrent change.
 */
@Component
class EngagementDrafting {

    private final AcceptedProposals acceptedProposals;

    EngagementDrafting(AcceptedProposals acceptedProposals) {
        this.acceptedProposals = acceptedProposals;
    }

    DraftEngagement draft(String inquiryId, TermsIn requested) {
        AcceptedProposal proposal = acceptedProposals.of(inquiryId);
        List<MatterParty> parties = new ArrayList<>();
        parties.add(new MatterParty(PartyRole.CLIENT, proposal.prospect().kind(), proposal.prospect().name(), List.of(), List.of()));
        for (CheckedParty other : proposal.otherParties()) {
            parties.add(new MatterParty(other.role() == CheckRole.ADVERSE ? PartyRole.ADVERSE : PartyRole.RELATED,
                    other.kind(), other.name(), other.aliases(), other.identifiers()));
        }
        EngagementTerms terms = terms(requested, proposal);
        return new DraftEngagement(engagementId(inquiryId), inquiryId, proposal.version(), proposal.existingClientId(),
                proposal.prospect().name(), parties, terms);
    }

    static EngagementTerms terms(TermsIn requested, AcceptedProposal proposal) {
        return new EngagementTerms(requested.matterDescription(), requested.matterType(),
                requested.scope() != null ? requested.scope() : proposal.scope(), requested.termStart(), requested.termEnd(),
                proposal.quote(), requested.paymentSchedule() == null ? List.of()
                        : requested.paymentSchedule().stream().map(InstalmentIn::toInstalment).toList(),
                requested.rightsAndDuties(), requested.liability(), requested.disputeResolution(),
                requested.contingencyClause());
    }

    AcceptedProposal proposalOf(String inquiryId) {
        return acceptedProposals.of(inquiryId);
    }

    static String engagementId(String inquiryId) {
        return AcceptedProposals.engagementIdOf(inquiryId);
    }
}
