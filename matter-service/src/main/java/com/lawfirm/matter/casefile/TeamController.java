package com.lawfirm.matter.casefile;

import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.matter.casefile.MatterCommands.AssignTeamMember;
import com.lawfirm.matter.casefile.MatterCommands.ReleaseTeamMember;
import com.lawfirm.matter.casefile.MatterCommands.SignUndertaking;
import com.lawfirm.matter.casefile.MatterRequests.SeatIn;
import com.lawfirm.matter.staff.StaffDirectory;
import com.lawfirm.matter.staff.StaffView;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** Staffing a matter, and each member's confidentiality undertaking, over HTTP. */
@RestController
@RequestMapping("/api/matters/{id}/team")
class TeamController {

    private final CommandGateway commands;
    private final MatterAccess access;
    private final StaffDirectory staff;
    private final Clock clock;

    TeamController(CommandGateway commands, MatterAccess access, StaffDirectory staff, Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.access = access;
        this.staff = staff;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('PARTNER', 'ADMIN')")
    void assign(@PathVariable String id, @Valid @RequestBody SeatIn body) {
        MatterView matter = access.staffable(id);
        StaffView member = staff.find(body.staffId())
                .orElseThrow(() -> new InvalidFieldException("staffId", "no staff member has this id"));
        if (member.login == null) {
            throw new InvalidFieldException("staffId", "the staff member has no login, so could never see the matter");
        }
        access.requireNotScreened(matter, member.login);
        commands.sendAndWait(new AssignTeamMember(id, member.staffId, member.login, member.name, member.role,
                body.role(), LocalDate.now(clock)));
    }

    @DeleteMapping("/{staffId}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('PARTNER', 'ADMIN')")
    void release(@PathVariable String id, @PathVariable String staffId) {
        access.staffable(id);
        commands.sendAndWait(new ReleaseTeamMember(id, staffId, LocalDate.now(clock)));
    }

    /** Each member signs for themselves: the one act a member does on a matter they cannot see yet. */
    @PostMapping("/{staffId}/undertaking")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER')")
    void signUndertaking(@PathVariable String id, @PathVariable String staffId) {
        MatterView.Seat seat = access.seatOfCaller(id);
        if (!seat.staffId().equals(staffId)) {
            throw new AccessDeniedException("members sign their own undertaking");
        }
        commands.sendAndWait(new SignUndertaking(id, staffId, LocalDate.now(clock)));
    }
}
