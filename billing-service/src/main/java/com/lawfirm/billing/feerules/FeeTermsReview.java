package com.lawfirm.billing.feerules;

import com.lawfirm.events.billing.FeeTermsApproved;
import com.lawfirm.events.billing.FeeTermsRejected;
import com.lawfirm.events.intake.EngagementTerms;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Billing's decision on one terms version of an engagement: the fee rules applied to the contract's matter type
 * and fee. One review per terms version (its identity), so a redelivered request decides nothing twice.
 */
@Aggregate
class FeeTermsReview {

    record ReviewFeeTerms(String engagementId, int termsVersion, EngagementTerms terms) {
    }

    @AggregateIdentifier
    private String reviewId;

    FeeTermsReview() {
    }

    @CommandHandler
    FeeTermsReview(ReviewFeeTerms command, FeeRules rules) {
        FeeRules.Verdict verdict = rules.check(command.terms().matterType(), command.terms().fee());
        if (verdict.approved()) {
            apply(new FeeTermsApproved(command.engagementId(), command.termsVersion(), verdict.ruleSet()));
        } else {
            apply(new FeeTermsRejected(command.engagementId(), command.termsVersion(), verdict.ruleSet(), verdict.rule(),
                    verdict.explanation()));
        }
    }

    static String reviewId(String engagementId, int termsVersion) {
        return engagementId + "#" + termsVersion;
    }

    @EventSourcingHandler
    void on(FeeTermsApproved event) {
        reviewId = reviewId(event.engagementId(), event.termsVersion());
    }

    @EventSourcingHandler
    void on(FeeTermsRejected event) {
        reviewId = reviewId(event.engagementId(), event.termsVersion());
    }
}
