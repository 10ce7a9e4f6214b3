package com.lawfirm.billing.account;

import com.lawfirm.billing.BillingProperties;
import com.lawfirm.billing.account.AccountCommands.OpenAccount;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.kit.axon.GuardedCommands;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Every matter matter-service opens (from Kafka) gets one account, however often the event is delivered. */
@Component
@ProcessingGroup("accounts")
class AccountOpeningPolicy {

    private final GuardedCommands commands;
    private final BillingProperties properties;

    AccountOpeningPolicy(GuardedCommands commands, BillingProperties properties) {
        this.commands = commands;
        this.properties = properties;
    }

    @EventHandler
    void on(MatterOpened event) {
        commands.createUnlessExists(event.matterId(), () -> new OpenAccount(event.matterId(), event.matterNumber(),
                event.engagementId(), event.clientId(), event.clientName(), properties.currency()));
    }
}
