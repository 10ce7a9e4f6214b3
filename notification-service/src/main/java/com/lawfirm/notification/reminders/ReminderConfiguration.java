package com.lawfirm.notification.reminders;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.lawfirm.kit.privacy.SealedPayloads;
import com.lawfirm.notification.rules.Notifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReminderConfiguration {

    /** The notifier reaches the scheduler through the e-mail channel, so the task finds it only when it runs. */
    @Bean
    OneTimeTask<Reminder> reminderTask(ObjectProvider<Notifier> notifier, SealedPayloads sealed) {
        return Reminders.task(notifier, sealed);
    }
}
