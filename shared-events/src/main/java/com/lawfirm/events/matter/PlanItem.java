package com.lawfirm.events.matter;

import java.time.LocalDate;

/** A task or milestone of a work plan, with its owner (a staff login) and deadline. */
public record PlanItem(String itemId, PlanItemKind kind, String title, String owner, LocalDate dueOn) {
}
