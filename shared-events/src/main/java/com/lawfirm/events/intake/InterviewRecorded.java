package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The detailed interview record (谈话笔录): date, attendees, content, and whether the client confirmed it. Since
 * revision 2 the attendees and the content are sealed under the inquiry and go with its erasure; revision 1 stored
 * them in clear.
 */
@Revision("2")
public record InterviewRecorded(String inquiryId, String interviewId, LocalDate date,
                                @PersonalData(subject = "inquiryId") List<String> attendees,
                                @PersonalData(subject = "inquiryId") String content, boolean confirmedByClient) {
}
