package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The client confirmed a version of the work plan, and how that can be proven. */
@Revision("1")
public record WorkPlanConfirmed(String matterId, int version, String confirmedBy, AnswerChannel channel, String evidenceReference, LocalDate confirmedOn) {
}
