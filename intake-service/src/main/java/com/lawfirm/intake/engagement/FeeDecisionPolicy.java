package com.lawfirm.intake.engagement;

import com.lawfirm.events.billing.FeeTermsApproved;
import com.lawfirm.events.billing.FeeTermsRejected;
import com.lawfirm.kit.axon.GuardedCommands;
import com.lawfirm.intake.engagement.EngagementCommands.RecordFeeTermsDecision;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Records billing-service's fee-rule decisions, read from Kafka, on the engagements they concern. */
@Component
@ProcessingGroup(FeeDecisionPolicy.PROCESSING_GROUP)
class FeeDecisionPolicy {

    static final String PROCESSING_GROUP = "fee-decisions";

    private final GuardedCommands commands;

    FeeDecisionPolicy(GuardedCommands commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(FeeTermsApproved event) {
        commands.sendIfExists(event.engagementId(), new RecordFeeTermsDecision(event.engagementId(), event.termsVersion(), true,
                event.ruleSet(), null, null));
    }

    @EventHandler
    void on(FeeTermsRejected event) {
        commands.sendIfExists(event.engagementId(), new RecordFeeTermsDecision(event.engagementId(), event.termsVersion(), false,
                event.ruleSet(), event.rule(), event.explanation()));
    }
}
