package com.lawfirm.intake.engagement;

import com.lawfirm.events.billing.FeeTermsApproved;
import com.lawfirm.events.billing.FeeTermsRejected;
import com.lawfirm.intake.KnownAggregateForwarder;
import com.lawfirm.intake.engagement.EngagementCommands.RecordFeeTermsDecision;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Records billing-service's fee-rule decisions, read from Kafka, on the engagements they concern. */
@Component
@ProcessingGroup(FeeDecisionPolicy.PROCESSING_GROUP)
class FeeDecisionPolicy {

    static final String PROCESSING_GROUP = "fee-decisions";

    private final KnownAggregateForwarder forwarder;

    FeeDecisionPolicy(KnownAggregateForwarder forwarder) {
        this.forwarder = forwarder;
    }

    @EventHandler
    void on(FeeTermsApproved event) {
        forwarder.send(event.engagementId(), new RecordFeeTermsDecision(event.engagementId(), event.termsVersion(), true,
                event.ruleSet(), null, null));
    }

    @EventHandler
    void on(FeeTermsRejected event) {
        forwarder.send(event.engagementId(), new RecordFeeTermsDecision(event.engagementId(), event.termsVersion(), false,
                event.ruleSet(), event.rule(), event.explanation()));
    }
}
