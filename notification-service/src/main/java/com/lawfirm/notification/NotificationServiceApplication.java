package com.lawfirm.notification;

import com.lawfirm.kit.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Rules from events to notifications, persistent reminders, e-mail, webhooks and the in-app inbox. */
@SpringBootApplication
public class NotificationServiceApplication {

    public static final String SERVICE = "notification";

    public static void main(String[] args) {
        ServiceApplication.builder(NotificationServiceApplication.class, SERVICE).run(args);
    }
}
