package com.lawfirm.billing.agreement;

import com.lawfirm.billing.agreement.FeeAgreement.MakeFeeAgreement;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.kit.axon.GuardedCommands;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Every signed engagement (intake, from Kafka) becomes one fee agreement however often it is delivered. */
@Component
@ProcessingGroup("fee-agreements")
class FeeAgreementPolicy {

    private final GuardedCommands commands;

    FeeAgreementPolicy(GuardedCommands commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(EngagementSigned event) {
        commands.createUnlessExists(event.engagementId(), () -> new MakeFeeAgreement(event.engagementId(),
                event.clientId(), event.clientName(), event.terms().fee(), event.clientSignedOn()));
    }
}
