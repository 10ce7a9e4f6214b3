package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A case conference (案件讨论会): who attended, the questions put and the conclusions reached. Since revision 2 the
 * questions and the conclusions are sealed under the matter, as the client's records, and go with the client's erasure;
 * revision 1 stored them in clear.
 */
@Revision("2")
public record CaseConferenceHeld(String matterId, String conferenceId, LocalDate heldOn, List<String> attendees,
                                 @PersonalData(subject = "matterId") List<String> questions,
                                 @PersonalData(subject = "matterId") List<String> conclusions) {
}
