package com.lawfirm.matter.casefile;

import com.lawfirm.events.conflict.TeamMemberConflictChecked;
import com.lawfirm.kit.axon.GuardedCommands;
import com.lawfirm.matter.casefile.MatterCommands.RecordMemberConflictCheck;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** conflict-service's check of a team member (from Kafka) becomes part of the matter, and may open it to them. */
@Component
@ProcessingGroup("member-checks")
class MemberCheckPolicy {

    private final GuardedCommands commands;

    MemberCheckPolicy(GuardedCommands commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(TeamMemberConflictChecked event) {
        commands.sendIfExists(event.matterId(), new RecordMemberConflictCheck(event.matterId(), event.staffId(),
                event.clear(), event.findings()));
    }
}
