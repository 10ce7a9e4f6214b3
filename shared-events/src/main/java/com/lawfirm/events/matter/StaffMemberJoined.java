package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A lawyer or staff member joined the firm: who, in what role, with which practice areas and expertise, and the login
 * their tokens carry as subject (revision 2; revision 1 had no login and reads with none).
 */
@Revision("2")
public record StaffMemberJoined(String staffId, String name, StaffRole role, List<String> practiceAreas,
                                List<String> expertise, String licenceNumber, LocalDate joinedOn, String login) {
}
