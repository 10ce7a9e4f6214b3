package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A task or milestone of the work plan was done. */
@Revision("1")
public record PlanItemCompleted(String matterId, String itemId, LocalDate completedOn) {
}
