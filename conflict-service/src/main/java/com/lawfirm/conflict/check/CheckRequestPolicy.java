package com.lawfirm.conflict.check;

import com.lawfirm.events.intake.ConflictCheckRequested;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Runs the check an inquiry asks for (intake's ConflictCheckRequested, from Kafka). A check that already exists is
 * not run again; an index that lags makes the batch retry later instead of answering from stale data.
 */
@Component
@ProcessingGroup(CheckRequestPolicy.PROCESSING_GROUP)
class CheckRequestPolicy {

    static final String PROCESSING_GROUP = "check-requests";

    private final CheckRunner runner;
    private final CommandGateway commands;
    private final EventStore eventStore;

    CheckRequestPolicy(CheckRunner runner, CommandGateway commands, EventStore eventStore) {
        this.runner = runner;
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(ConflictCheckRequested request) {
        if (eventStore.lastSequenceNumberFor(request.checkId()).isPresent()) {
            return;
        }
        commands.sendAndWait(runner.run(request.checkId(), request.inquiryId(), "INQUIRY", request.parties()));
    }
}
