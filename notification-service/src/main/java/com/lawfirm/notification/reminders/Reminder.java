package com.lawfirm.notification.reminders;

import com.lawfirm.kit.privacy.SealedPayloads;

import java.util.Map;

/**
 * A reminder waiting for its time: which one it is ({@code deadline-approaching}) and the values it keeps of what
 * scheduled it. Whom it tells, how and in which words, the rules naming it decide when it is due. An event whose
 * personal data the reminder needs is kept whole and sealed ({@code event}), as the event store keeps it, so the
 * scheduler's table holds nothing in clear and a reminder firing after an erasure reads it as erased.
 */
public record Reminder(String reminder, Map<String, String> values, SealedPayloads.Sealed event) {

    public Reminder(String reminder, Map<String, String> values) {
        this(reminder, values, null);
    }
}
