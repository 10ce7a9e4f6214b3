package com.lawfirm.billing.account;

import com.lawfirm.events.billing.AccountAccessDenied;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One attempt through an ethical wall, as billing records it: its own small stream, so that attempts never contend
 * with each other or with the matter's account.
 */
@Aggregate
class DeniedAccess {

    record RecordDeniedAccess(String attemptId, String wallId, String matterId, String login, String attempted,
                              Instant at) {
    }

    @AggregateIdentifier
    private String attemptId;

    DeniedAccess() {
    }

    @CommandHandler
    DeniedAccess(RecordDeniedAccess command) {
        apply(new AccountAccessDenied(command.attemptId(), command.wallId(), command.matterId(), command.login(),
                command.attempted(), command.at()));
    }

    @EventSourcingHandler
    void on(AccountAccessDenied event) {
        attemptId = event.attemptId();
    }
}
