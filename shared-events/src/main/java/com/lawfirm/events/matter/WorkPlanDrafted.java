package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A version of the matter's work plan (工作计划): its tasks and milestones, each with an owner and a deadline. It needs
 * the client's confirmation; any later version needs it again. Since revision 2 the items' titles are sealed under the
 * matter, as the client's records, and go with the client's erasure; revision 1 stored them in clear.
 */
@Revision("2")
public record WorkPlanDrafted(String matterId, int version, List<PlanItem> items, String draftedBy,
                              LocalDate draftedOn) {
}
