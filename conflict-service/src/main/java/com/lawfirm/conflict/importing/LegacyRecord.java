package com.lawfirm.conflict.importing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One record of the firm's earlier files, imported into the log so that the log stays the single source of truth
 * for the party graph. Its identity is a hash of the record's content: the same record imported twice is refused as
 * already existing, and so counted once.
 */
@Aggregate
class LegacyRecord {

    record ImportLegacyRecord(String recordId, Object event) {
    }

    @AggregateIdentifier
    private String recordId;

    LegacyRecord() {
    }

    @CommandHandler
    LegacyRecord(ImportLegacyRecord command) {
        apply(command.event());
    }

    @EventSourcingHandler
    void on(com.lawfirm.events.conflict.LegacyMatterImported event) {
        recordId = event.recordId();
    }

    @EventSourcingHandler
    void on(com.lawfirm.events.conflict.LegacyAffiliationImported event) {
        recordId = event.recordId();
    }

    @EventSourcingHandler
    void on(com.lawfirm.events.conflict.LegacyStaffImported event) {
        recordId = event.recordId();
    }
}
