package com.lawfirm.intake.inquiry;

import com.lawfirm.events.conflict.ConflictCheckCleared;
import com.lawfirm.events.conflict.ConflictCheckDeclined;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordConflictCleared;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordConflictDeclined;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies conflict-service's final outcomes, read from Kafka, to the inquiries they belong to: cleared unblocks the
 * inquiry, declined closes it. Checks that belong to no inquiry (ad hoc, lateral hires) are not intake's business.
 */
@Component
@ProcessingGroup(ConflictOutcomePolicy.PROCESSING_GROUP)
class ConflictOutcomePolicy {

    static final String PROCESSING_GROUP = "conflict-outcomes";
    private static final Logger log = LoggerFactory.getLogger(ConflictOutcomePolicy.class);

    private final CommandGateway commands;
    private final EventStore eventStore;

    ConflictOutcomePolicy(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(ConflictCheckCleared event) {
        if (event.inquiryId() != null) {
            send(new RecordConflictCleared(event.inquiryId(), event.checkId(), event.waivers()), event.inquiryId());
        }
    }

    @EventHandler
    void on(ConflictCheckDeclined event) {
        if (event.inquiryId() != null) {
            send(new RecordConflictDeclined(event.inquiryId(), event.checkId(), event.reason()), event.inquiryId());
        }
    }

    /**
     * Checked against the event store first: a command failing inside the Kafka batch's transaction would roll the
     * whole batch back and retry it forever, and an outcome for an inquiry this service never had cannot succeed.
     */
    private void send(Object command, String inquiryId) {
        if (eventStore.lastSequenceNumberFor(inquiryId).isEmpty()) {
            log.warn("conflict outcome for unknown inquiry {} ignored", inquiryId);
            return;
        }
        commands.sendAndWait(command);
    }
}
