package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.ConfidentialityUndertakingSigned;
import com.lawfirm.events.matter.MemberConflictCheckRecorded;
import com.lawfirm.events.matter.StaffRole;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamMemberReleased;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.matter.casefile.MatterCommands.AssignTeamMember;
import com.lawfirm.matter.casefile.MatterCommands.RecordMemberConflictCheck;
import com.lawfirm.matter.casefile.MatterCommands.ReleaseTeamMember;
import com.lawfirm.matter.casefile.MatterCommands.SignUndertaking;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The matter's team: one lead lawyer (主办律师), one responsible partner, members and an internal contact. A member sees
 * the matter only once conflict-service has cleared them and they have signed its confidentiality undertaking; that
 * is decided where the matter is read.
 */
class MatterTeam {

    private final Map<String, TeamRole> members = new HashMap<>();
    private final Set<String> undertakings = new HashSet<>();

    @CommandHandler
    void handle(AssignTeamMember command) {
        if (command.role() == members.get(command.staffId())) {
            return;
        }
        if (command.role() == TeamRole.RESPONSIBLE_PARTNER && command.staffRole() != StaffRole.PARTNER) {
            throw new InvalidFieldException("role", "the responsible partner must be a partner of the firm");
        }
        if (command.role() == TeamRole.LEAD_LAWYER && command.staffRole() != StaffRole.LAWYER
                && command.staffRole() != StaffRole.PARTNER) {
            throw new InvalidFieldException("role", "the lead lawyer must be a practising lawyer");
        }
        if (isSingleSeat(command.role()) && members.containsValue(command.role())) {
            throw new RuleViolationException("seat-taken", "the matter already has a " + command.role()
                    + "; release them first");
        }
        apply(new TeamMemberAssigned(command.matterId(), command.staffId(), command.login(), command.name(),
                command.role(), command.assignedOn()));
    }

    @CommandHandler
    void handle(ReleaseTeamMember command) {
        requireMember(command.staffId());
        apply(new TeamMemberReleased(command.matterId(), command.staffId(), command.releasedOn()));
    }

    @CommandHandler
    void handle(SignUndertaking command) {
        requireMember(command.staffId());
        if (!undertakings.contains(command.staffId())) {
            apply(new ConfidentialityUndertakingSigned(command.matterId(), command.staffId(), command.signedOn()));
        }
    }

    @CommandHandler
    void handle(RecordMemberConflictCheck command) {
        if (members.containsKey(command.staffId())) {
            apply(new MemberConflictCheckRecorded(command.matterId(), command.staffId(), command.clear(),
                    List.copyOf(command.findings())));
        }
    }

    @EventSourcingHandler
    void on(TeamMemberAssigned event) {
        members.put(event.staffId(), event.role());
    }

    @EventSourcingHandler
    void on(TeamMemberReleased event) {
        members.remove(event.staffId());
        undertakings.remove(event.staffId());
    }

    @EventSourcingHandler
    void on(ConfidentialityUndertakingSigned event) {
        undertakings.add(event.staffId());
    }

    private void requireMember(String staffId) {
        if (!members.containsKey(staffId)) {
            throw new RuleViolationException("not-on-team", "staff member " + staffId + " is not on the matter's team");
        }
    }

    private static boolean isSingleSeat(TeamRole role) {
        return role == TeamRole.LEAD_LAWYER || role == TeamRole.RESPONSIBLE_PARTNER;
    }
}
