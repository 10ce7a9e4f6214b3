package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A case conference (案件讨论会): who attended, the questions put and the conclusions reached. */
@Revision("1")
public record CaseConferenceHeld(String matterId, String conferenceId, LocalDate heldOn, List<String> attendees, List<String> questions, List<String> conclusions) {
}
