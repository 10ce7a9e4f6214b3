package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A corrective action from a quality review was done. */
@Revision("1")
public record CorrectiveActionCompleted(String matterId, String reviewId, String actionId, LocalDate completedOn) {
}
