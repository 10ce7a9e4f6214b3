package com.lawfirm.notification.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * E-mail to clients (the SMTP server itself is {@code spring.mail.*}).
 *
 * @param from        the sender address
 * @param maxAttempts attempts before a delivery is parked as dead (re-sendable from the API)
 * @param backoff     the wait before the first retry; it doubles with each further attempt
 */
@ConfigurationProperties("lawfirm.notification.mail")
public record MailProperties(@DefaultValue("notifications@lawfirm.local") String from,
                             @DefaultValue("5") int maxAttempts,
                             @DefaultValue("PT30S") Duration backoff) {
}
