package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A lawyer or staff member joined the firm: who, in what role, with which practice areas and expertise. */
@Revision("1")
public record StaffMemberJoined(String staffId, String name, StaffRole role, List<String> practiceAreas,
                                List<String> expertise, String licenceNumber, LocalDate joinedOn) {
}
