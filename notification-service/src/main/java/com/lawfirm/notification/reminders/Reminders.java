package com.lawfirm.notification.reminders;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.lawfirm.kit.privacy.SealedPayloads;
import com.lawfirm.notification.ReminderProperties;
import com.lawfirm.notification.rules.Notifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reminders kept in PostgreSQL until their time (db-scheduler), so a restart loses none. Each has an id naming its
 * reason ({@code deadline:<matter>:<item>:7}); scheduling the same id twice keeps the first, and cancelling removes it
 * when its reason goes away. When one fires, the rules naming it decide who hears of it.
 */
@Component
public class Reminders {

    static final String TASK = "reminder";

    private final OneTimeTask<Reminder> task;
    private final Scheduler scheduler;
    private final ReminderProperties properties;

    Reminders(Scheduler scheduler, OneTimeTask<Reminder> task, ReminderProperties properties) {
        this.scheduler = scheduler;
        this.task = task;
        this.properties = properties;
    }

    /**
     * The task a reminder is: when it fires, the rules naming it go out, once, with the values of the event it keeps
     * (opened now, or erased) beside its own.
     */
    static OneTimeTask<Reminder> task(ObjectProvider<Notifier> notifier, SealedPayloads sealed) {
        // the library retries a failed one after 5 minutes; a database that was away for seconds should not delay a
        // reminder by that much (10 s, then half as long again each time)
        return Tasks.oneTime(TASK, Reminder.class).onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(
                Duration.ofSeconds(10))).execute((instance, context) -> {
            Reminder reminder = instance.getData();
            Map<String, String> values = new LinkedHashMap<>();
            if (reminder.event() != null) {
                values.putAll(notifier.getObject().valuesOf(sealed.event(reminder.event())));
            }
            values.putAll(reminder.values());
            notifier.getObject().onReminder(reminder.reminder(), TASK + ":" + instance.getId(), Instant.now(), values);
        });
    }

    /** Schedules the reminder unless one with the same id is already waiting. */
    public void schedule(String id, Instant at, Reminder reminder) {
        scheduler.scheduleIfNotExists(task.instance(id, reminder), at);
    }

    /** At the firm's reminder time on the given day. */
    public void schedule(String id, LocalDate day, Reminder reminder) {
        schedule(id, day.atTime(properties.remindAt()).atZone(properties.zone()).toInstant(), reminder);
    }

    public void cancel(String id) {
        TaskInstanceId instance = TaskInstanceId.of(TASK, id);
        if (scheduler.getScheduledExecution(instance).isPresent()) {
            try {
                scheduler.cancel(instance);
            } catch (RuntimeException firedMeanwhile) {
                // it went out or was cancelled between the look and the cancel: nothing is left to cancel
            }
        }
    }

    public boolean isScheduled(String id) {
        return scheduler.getScheduledExecution(TaskInstanceId.of(TASK, id)).isPresent();
    }
}
