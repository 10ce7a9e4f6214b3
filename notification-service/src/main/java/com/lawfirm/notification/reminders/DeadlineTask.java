package com.lawfirm.notification.reminders;

import com.lawfirm.events.privacy.PersonalData;

/**
 * What a deadline reminder says of its task. The title is the client's record, sealed under the matter as the work
 * plan is: the reminder keeps this sealed in the scheduler's table and opens it when it fires.
 */
public record DeadlineTask(String matterId, @PersonalData(subject = "matterId") String task) {
}
