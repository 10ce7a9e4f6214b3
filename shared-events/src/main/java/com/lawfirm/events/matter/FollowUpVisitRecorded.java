package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A follow-up visit to the client after the matter (回访): when, by whom, what was said. Since revision 2 what was said
 * is sealed under the matter, as the client's records, and goes with the client's erasure; revision 1 stored it in
 * clear.
 */
@Revision("2")
public record FollowUpVisitRecorded(String matterId, String visitId, LocalDate visitedOn, String visitedBy,
                                    @PersonalData(subject = "matterId") String summary) {
}
