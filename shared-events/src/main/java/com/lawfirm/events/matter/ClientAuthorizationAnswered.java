package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The client answered an authorisation request, and how the answer was given and can be proven. */
@Revision("1")
public record ClientAuthorizationAnswered(String matterId, String authorizationId, boolean approved, String chosenOption, AnswerChannel channel, String evidenceReference, LocalDate answeredOn) {
}
