package com.lawfirm.billing.feerules;

import com.lawfirm.billing.feerules.FeeTermsReview.ReviewFeeTerms;
import com.lawfirm.events.intake.EngagementDrafted;
import com.lawfirm.events.intake.EngagementRevised;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.kit.axon.GuardedCommands;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Decides the fee terms of every drafted or revised engagement contract, from intake's events on Kafka. */
@Component
@ProcessingGroup("fee-terms")
class FeeTermsPolicy {

    private final GuardedCommands commands;

    FeeTermsPolicy(GuardedCommands commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(EngagementDrafted event) {
        review(event.engagementId(), event.termsVersion(), event.terms());
    }

    @EventHandler
    void on(EngagementRevised event) {
        review(event.engagementId(), event.termsVersion(), event.terms());
    }

    private void review(String engagementId, int termsVersion, EngagementTerms terms) {
        commands.createUnlessExists(FeeTermsReview.reviewId(engagementId, termsVersion),
                () -> new ReviewFeeTerms(engagementId, termsVersion, terms));
    }
}
