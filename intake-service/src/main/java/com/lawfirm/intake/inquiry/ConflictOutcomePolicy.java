package com.lawfirm.intake.inquiry;

import com.lawfirm.events.conflict.ConflictCheckCleared;
import com.lawfirm.events.conflict.ConflictCheckDeclined;
import com.lawfirm.kit.axon.GuardedCommands;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordConflictCleared;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordConflictDeclined;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Applies conflict-service's final outcomes, read from Kafka, to the inquiries they belong to: cleared unblocks the
 * inquiry, declined closes it. Checks that belong to no inquiry (ad hoc, lateral hires) are not intake's business.
 */
@Component
@ProcessingGroup(ConflictOutcomePolicy.PROCESSING_GROUP)
class ConflictOutcomePolicy {

    static final String PROCESSING_GROUP = "conflict-outcomes";

    private final GuardedCommands commands;

    ConflictOutcomePolicy(GuardedCommands commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ConflictCheckCleared event) {
        if (event.inquiryId() != null) {
            commands.sendIfExists(event.inquiryId(), new RecordConflictCleared(event.inquiryId(), event.checkId(), event.waivers()));
        }
    }

    @EventHandler
    void on(ConflictCheckDeclined event) {
        if (event.inquiryId() != null) {
            commands.sendIfExists(event.inquiryId(), new RecordConflictDeclined(event.inquiryId(), event.checkId(), event.reason()));
        }
    }
}
