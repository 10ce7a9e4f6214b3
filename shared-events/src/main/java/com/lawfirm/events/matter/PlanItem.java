package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;

import java.time.LocalDate;

/**
 * A task or milestone of a work plan, with its owner (a staff login) and deadline. Its title often names the client:
 * it is sealed under the matter of the plan that holds it.
 */
public record PlanItem(String itemId, PlanItemKind kind, @PersonalData(subject = "matterId") String title, String owner,
                       LocalDate dueOn) {
}
