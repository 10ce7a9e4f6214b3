package com.lawfirm.notification.reminders;

import java.util.Map;

/**
 * A reminder waiting for its time: which one it is ({@code deadline-approaching}) and the values it keeps of what
 * scheduled it. Whom it tells, how and in which words, the rules naming it decide when it is due.
 */
public record Reminder(String reminder, Map<String, String> values) {
}
