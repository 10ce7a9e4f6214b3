package com.lawfirm.events.matter;

import java.time.LocalDate;

/** What a quality review asks to be put right, by whom (a staff login) and by when. */
public record CorrectiveAction(String actionId, String action, String owner, LocalDate dueOn) {
}
