package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The detailed interview record (谈话笔录): date, attendees, content, and whether the client confirmed it. */
@Revision("1")
public record InterviewRecorded(String inquiryId, String interviewId, LocalDate date, List<String> attendees,
                                String content, boolean confirmedByClient) {
}
