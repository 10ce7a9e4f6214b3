package com.lawfirm.notification.inbox;

import java.time.Instant;
import java.util.Map;

/**
 * One notification in a recipient's inbox: a user, or every holder of a role ({@code role:CONFLICTS_ANALYST}); its
 * text in each language; whether it was read. Its id is the event's id with the recipient, so the same event
 * delivered twice is the same notification.
 */
public class Notification {

    public String id;
    public String recipient;
    public String templateKey;
    public String eventId;
    public Map<String, TemplateProperties.Template> text;
    public boolean read;
    public Instant createdAt;
    public Instant readAt;
    public String subjectId;
}
