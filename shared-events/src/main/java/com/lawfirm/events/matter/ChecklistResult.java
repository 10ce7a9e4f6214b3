package com.lawfirm.events.matter;

/** One line of a quality review's checklist: what was checked, whether it passed, and a note. */
public record ChecklistResult(String item, boolean passed, String note) {
}
