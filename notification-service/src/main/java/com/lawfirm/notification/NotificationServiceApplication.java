package com.lawfirm.notification;

import com.lawfirm.kit.ServiceApplication;
import com.lawfirm.notification.inbox.TemplateProperties;
import com.lawfirm.notification.preferences.Preferences;
import com.lawfirm.notification.rules.RuleProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Rules from events to notifications, persistent reminders, e-mail, webhooks and the in-app inbox. */
@SpringBootApplication
@EnableConfigurationProperties({TemplateProperties.class, ReminderProperties.class, Preferences.Mandatory.class,
        RuleProperties.class})
public class NotificationServiceApplication {

    public static final String SERVICE = "notification";

    public static void main(String[] args) {
        ServiceApplication.builder(NotificationServiceApplication.class, SERVICE).run(args);
    }
}
