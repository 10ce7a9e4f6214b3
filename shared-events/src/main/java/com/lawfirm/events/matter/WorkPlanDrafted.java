package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A version of the matter's work plan (工作计划): its tasks and milestones, each with an owner and a deadline. It needs the client's confirmation; any later version needs it again. */
@Revision("1")
public record WorkPlanDrafted(String matterId, int version, List<PlanItem> items, String draftedBy, LocalDate draftedOn) {
}
