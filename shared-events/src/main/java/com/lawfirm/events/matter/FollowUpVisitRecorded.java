package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A follow-up visit to the client after the matter (回访): when, by whom, what was said. */
@Revision("1")
public record FollowUpVisitRecorded(String matterId, String visitId, LocalDate visitedOn, String visitedBy, String summary) {
}
