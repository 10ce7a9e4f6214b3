package com.lawfirm.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * When reminders go out.
 *
 * @param pollInterval       how often the scheduler looks for reminders that are due
 * @param remindAt           the time of day a day-based reminder goes out, in {@code zone}
 * @param zone               the firm's time zone
 * @param deadlineDaysBefore how many days before a task's deadline its owner is reminded
 * @param heartbeat          how often an instance running a reminder or a delivery says it is still at it; one not
 *                           heard of for six of these died with it (kill -9, a lost machine), and another runs it again
 */
@ConfigurationProperties("lawfirm.notification.reminders")
public record ReminderProperties(@DefaultValue("PT10S") Duration pollInterval,
                                 @DefaultValue("09:00") LocalTime remindAt,
                                 @DefaultValue("Asia/Shanghai") ZoneId zone,
                                 @DefaultValue({"7", "3", "1"}) List<Integer> deadlineDaysBefore,
                                 @DefaultValue("PT30S") Duration heartbeat) {
}
