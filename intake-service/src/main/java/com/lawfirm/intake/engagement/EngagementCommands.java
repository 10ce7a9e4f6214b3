package com.lawfirm.intake.engagement;

import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.ReviewDecision;
import com.lawfirm.events.intake.SigningSide;
import com.lawfirm.events.party.MatterParty;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Commands of an engagement contract. */
final class EngagementCommands {

    private EngagementCommands() {
    }

    record DraftEngagement(String engagementId, String inquiryId, int proposalVersion, String clientId, String clientName,
                           List<MatterParty> parties, EngagementTerms terms) {
    }

    record ReviseEngagement(@TargetAggregateIdentifier String engagementId, EngagementTerms terms) {
    }

    record ReviewEngagement(@TargetAggregateIdentifier String engagementId, ReviewDecision decision, String reviewer,
                            String comments) {
    }

    /** Sent when billing-service's decision arrives over Kafka. */
    record RecordFeeTermsDecision(@TargetAggregateIdentifier String engagementId, int termsVersion, boolean approved,
                                  String ruleSet, String failedRule, String explanation) {
    }

    /**
     * {@code newClientId}: for a contract drafted for a prospect, the id the prospect is registered under as the
     * firm's client should this signature complete the contract; the contract binds that client from then on.
     */
    record SignEngagement(@TargetAggregateIdentifier String engagementId, SigningSide side, String signatory,
                          LocalDate signedOn, String newClientId) {

        SignEngagement(String engagementId, SigningSide side, String signatory, LocalDate signedOn) {
            this(engagementId, side, signatory, signedOn, null);
        }
    }
}
