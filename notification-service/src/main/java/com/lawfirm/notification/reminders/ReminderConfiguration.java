package com.lawfirm.notification.reminders;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.lawfirm.notification.inbox.Inbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReminderConfiguration {

    @Bean
    OneTimeTask<Reminder> reminderTask(Inbox inbox) {
        return Reminders.task(inbox);
    }
}
