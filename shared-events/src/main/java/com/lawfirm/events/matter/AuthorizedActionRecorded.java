package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The team took an action the client had authorised (e.g. signed the settlement); the authorisation is used up. */
@Revision("1")
public record AuthorizedActionRecorded(String matterId, String authorizationId, AuthorizationDecision decision, String description, LocalDate takenOn) {
}
