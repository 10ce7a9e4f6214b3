package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The team took an action the client had authorised (e.g. signed the settlement); the authorisation is used up. Since
 * revision 2 the description is sealed under the matter, as the client's records, and go with the client's erasure;
 * revision 1 stored them in clear.
 */
@Revision("2")
public record AuthorizedActionRecorded(String matterId, String authorizationId, AuthorizationDecision decision,
                                       @PersonalData(subject = "matterId") String description, LocalDate takenOn) {
}
