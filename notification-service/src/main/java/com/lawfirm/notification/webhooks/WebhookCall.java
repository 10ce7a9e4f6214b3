package com.lawfirm.notification.webhooks;

/** One signed POST to make: the delivery it belongs to, where, the secret, the event type and the JSON body. */
public record WebhookCall(String deliveryId, String url, String secret, String eventType, String body) {
}
