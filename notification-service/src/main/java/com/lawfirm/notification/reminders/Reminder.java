package com.lawfirm.notification.reminders;

import java.util.Map;

/** What a reminder says when it goes out: to whom, with which template, about what. */
public record Reminder(String recipient, String templateKey, String subjectId, Map<String, String> values) {
}
