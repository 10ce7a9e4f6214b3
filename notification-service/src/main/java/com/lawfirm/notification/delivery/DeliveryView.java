package com.lawfirm.notification.delivery;

import java.time.Instant;

/**
 * The delivery log: one entry per (event, recipient, channel), with every attempt's outcome. PENDING, SENT, RETRYING,
 * DEAD (given up after the configured attempts; re-sendable) or UNDELIVERABLE (no address known).
 */
public class DeliveryView {

    public String id;
    public String eventId;
    public String channel;
    public String recipient;
    public String address;
    public String templateKey;
    public String subjectId;
    public String language;
    public String subject;
    public String body;
    public String status;
    public int attempts;
    public String lastError;
    public Instant createdAt;
    public Instant sentAt;
    public Long latencyMillis;
}
