package com.lawfirm.matter.staff;

import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.matter.staff.StaffMember.JoinFirm;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Enrols a staff member, claiming their login in the same transaction so that no two members share one. */
@Component
class StaffEnrolment {

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    StaffEnrolment(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @Transactional
    void enrol(JoinFirm command) {
        if (command.login() != null) {
            try {
                jdbc.update("INSERT INTO staff_login (login, staff_id) VALUES (?, ?)", command.login(), command.staffId());
            } catch (DuplicateKeyException taken) {
                throw new RuleViolationException("login-taken", "the login " + command.login()
                        + " already belongs to another staff member");
            }
        }
        commands.sendAndWait(command);
    }
}
