package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The client answered an authorisation request, and how the answer was given and can be proven. Since revision 2 the
 * option chosen is sealed under the matter, as the client's records, and goes with the client's erasure; revision 1
 * stored it in clear.
 */
@Revision("2")
public record ClientAuthorizationAnswered(String matterId, String authorizationId, boolean approved,
                                          @PersonalData(subject = "matterId") String chosenOption,
                                          AnswerChannel channel, String evidenceReference, LocalDate answeredOn) {
}
