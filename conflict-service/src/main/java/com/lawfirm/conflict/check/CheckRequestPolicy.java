package com.lawfirm.conflict.check;

import com.lawfirm.events.intake.ConflictCheckRequested;
import com.lawfirm.kit.axon.GuardedCommands;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
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
    private final GuardedCommands commands;

    CheckRequestPolicy(CheckRunner runner, GuardedCommands commands) {
        this.runner = runner;
        this.commands = commands;
    }

    @EventHandler
    void on(ConflictCheckRequested request) {
        commands.createUnlessExists(request.checkId(),
                () -> runner.run(request.checkId(), request.inquiryId(), "INQUIRY", request.parties()));
    }
}
