package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;

import java.time.LocalDate;

/**
 * What a quality review asks to be put right, by whom (a staff login) and by when. What is asked is sealed under the
 * matter of the review that holds it.
 */
public record CorrectiveAction(String actionId, @PersonalData(subject = "matterId") String action, String owner,
                               LocalDate dueOn) {
}
