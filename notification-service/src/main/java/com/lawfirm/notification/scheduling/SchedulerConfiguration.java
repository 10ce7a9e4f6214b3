package com.lawfirm.notification.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.Task;
import com.lawfirm.notification.ReminderProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import java.util.List;
import javax.sql.DataSource;

/**
 * One scheduler over PostgreSQL (db-scheduler) for everything that must happen later or be tried again: reminders
 * and deliveries. Whatever is waiting survives a restart; several instances share the work without doing it twice.
 */
@Configuration
class SchedulerConfiguration {

    /**
     * Scheduled in the caller's transaction (a Kafka batch's, with the delivery log entry or the reminder's facts), so
     * a task cannot run before what it relies on is committed, and is not scheduled at all if that rolls back.
     */
    @Bean
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, ReminderProperties properties) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks).serializer(new JacksonSerializer())
                .pollingInterval(properties.pollInterval()).threads(2).enableImmediateExecution()
                // the library's default (5 min, dead after 30) would leave a reminder that was running when its
                // instance died waiting half an hour
                .heartbeatInterval(properties.heartbeat())
                .alwaysPersistTimestampInUTC().build();
    }

    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
