package com.lawfirm.notification.webhooks;

import java.util.List;

/**
 * Another application's standing request for events: where to POST them, the shared secret they are signed with,
 * and which event types (by name, e.g. {@code MatterOpened}) it wants.
 */
public record WebhookSubscription(String id, String url, String secret, List<String> events) {

    /** As the API shows it: never the secret. */
    public WebhookSubscription withoutSecret() {
        return new WebhookSubscription(id, url, secret == null ? null : "********", events);
    }
}
