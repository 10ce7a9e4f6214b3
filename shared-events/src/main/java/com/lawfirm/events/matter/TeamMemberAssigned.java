package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A staff member joined the matter's team in a role. They see the matter only once their confidentiality undertaking is signed. */
@Revision("1")
public record TeamMemberAssigned(String matterId, String staffId, String login, String name, TeamRole role, LocalDate assignedOn) {
}
