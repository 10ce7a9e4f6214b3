package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A staff member left the matter's team; from now on they no longer see it. */
@Revision("1")
public record TeamMemberReleased(String matterId, String staffId, LocalDate releasedOn) {
}
