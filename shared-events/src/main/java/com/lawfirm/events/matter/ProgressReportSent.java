package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A progress report went to the client: the period it covers, what it said, and how it was sent. Since revision 2 what
 * it said is sealed under the matter, as the client's records, and goes with the client's erasure; revision 1 stored it
 * in clear.
 */
@Revision("2")
public record ProgressReportSent(String matterId, String reportId, LocalDate periodFrom, LocalDate periodTo,
                                 @PersonalData(subject = "matterId") String content, String channel, String sentBy,
                                 LocalDate sentOn) {
}
