package com.lawfirm.notification.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Instant;

/** Looks again, every few seconds, at the notifications deferred lately (see {@link WaitingNotifications#recheck}). */
@Configuration
@EnableScheduling
class WaitingRecheck implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(WaitingRecheck.class);

    private final Notifier notifier;
    private final RuleProperties.Waiting properties;
    /** The first look takes every waiting notification: some may have waited since before this service started. */
    private volatile boolean first = true;

    WaitingRecheck(Notifier notifier, RuleProperties properties) {
        this.notifier = notifier;
        this.properties = properties.waiting();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::recheck, properties.recheckEvery());
    }

    private void recheck() {
        try {
            notifier.recheck(first ? null : Instant.now().minus(properties.recheckWithin()));
            first = false;
        } catch (RuntimeException e) {
            // the database away for a moment: the next look catches up, as each looks at the whole window
            log.warn("Could not look again at the waiting notifications: {}", e.toString());
        }
    }
}
