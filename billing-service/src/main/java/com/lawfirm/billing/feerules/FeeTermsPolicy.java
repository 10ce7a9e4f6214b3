package com.lawfirm.billing.feerules;

import com.lawfirm.billing.feerules.FeeTermsReview.ReviewFeeTerms;
import com.lawfirm.events.intake.EngagementDrafted;
import com.lawfirm.events.intake.EngagementRevised;
import com.lawfirm.events.intake.EngagementTerms;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Decides the fee terms of every drafted or revised engagement contract, from intake's events on Kafka. */
@Component
@ProcessingGroup("fee-terms")
class FeeTermsPolicy {

    private final CommandGateway commands;
    private final EventStore eventStore;

    FeeTermsPolicy(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(EngagementDrafted event) {
        review(event.engagementId(), event.termsVersion(), event.terms());
    }

    @EventHandler
    void on(EngagementRevised event) {
        review(event.engagementId(), event.termsVersion(), event.terms());
    }

    /** Checked first: a creation failing inside the Kafka batch's transaction would retry the batch forever. */
    private void review(String engagementId, int termsVersion, EngagementTerms terms) {
        if (eventStore.lastSequenceNumberFor(FeeTermsReview.reviewId(engagementId, termsVersion)).isEmpty()) {
            commands.sendAndWait(new ReviewFeeTerms(engagementId, termsVersion, terms));
        }
    }
}
