package com.lawfirm.matter.casefile;

import com.lawfirm.events.billing.MatterFeesSettled;
import com.lawfirm.kit.axon.GuardedCommands;
import com.lawfirm.matter.casefile.MatterCommands.AcknowledgeFeeSettlement;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Billing's word that a matter's fees are settled (from Kafka) becomes part of the matter, once. */
@Component
@ProcessingGroup("settlements")
class FeeSettlementPolicy {

    private final GuardedCommands commands;

    FeeSettlementPolicy(GuardedCommands commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(MatterFeesSettled event) {
        commands.sendIfExists(event.matterId(), new AcknowledgeFeeSettlement(event.matterId(), event.settledOn()));
    }
}
