package com.lawfirm.conflict.check;

import com.lawfirm.events.conflict.TeamMemberConflictChecked;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One check of one person joining one matter's team, identified by the assignment it answers. */
@Aggregate
class TeamMemberCheck {

    record CheckTeamMember(String checkId, String matterId, String staffId, List<String> findings) {
    }

    @AggregateIdentifier
    private String checkId;

    TeamMemberCheck() {
    }

    @CommandHandler
    TeamMemberCheck(CheckTeamMember command) {
        apply(new TeamMemberConflictChecked(command.checkId(), command.matterId(), command.staffId(),
                command.findings().isEmpty(), List.copyOf(command.findings())));
    }

    @EventSourcingHandler
    void on(TeamMemberConflictChecked event) {
        checkId = event.checkId();
    }
}
