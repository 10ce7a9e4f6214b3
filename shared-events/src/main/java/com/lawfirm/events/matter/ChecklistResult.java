package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;

/**
 * One line of a quality review's checklist: what was checked, whether it passed, and a note. The note is sealed under
 * the matter of the review that holds it.
 */
public record ChecklistResult(String item, boolean passed, @PersonalData(subject = "matterId") String note) {
}
