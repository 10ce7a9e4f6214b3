package com.lawfirm.notification.webhooks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Calls to other applications' webhooks.
 *
 * @param maxAttempts attempts before a call is parked as dead (re-sendable from the API)
 * @param backoff     the wait before the first retry; it doubles with each further attempt
 * @param timeout     how long a receiver may take to answer
 */
@ConfigurationProperties("lawfirm.notification.webhooks")
public record WebhookProperties(@DefaultValue("8") int maxAttempts,
                                @DefaultValue("PT30S") Duration backoff,
                                @DefaultValue("PT10S") Duration timeout) {
}
