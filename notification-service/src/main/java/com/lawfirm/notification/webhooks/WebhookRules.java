package com.lawfirm.notification.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lawfirm.kit.bus.ConsumedTypes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every event of every service (from Kafka) that a webhook subscription asks for, by its type's name. The body is
 * the event's id, type, time, aggregate and data; the event's id makes redelivery recognisable to the receiver too.
 * Events of types no subscription names are passed over unread: a firm without webhooks never has its events decoded
 * here, nor their personal data opened.
 */
@Component
@ProcessingGroup(WebhookRules.GROUP)
class WebhookRules implements ConsumedTypes {

    static final String GROUP = "webhooks";

    private final WebhookChannel webhooks;
    private final ObjectMapper json;
    /** The types named by a subscription when the last batch was polled; null until the first. */
    private volatile Set<String> subscribed;

    WebhookRules(WebhookChannel webhooks, ObjectMapper json) {
        this.webhooks = webhooks;
        this.json = json;
    }

    @Override
    public String group() {
        return GROUP;
    }

    /** Subscriptions are changed through the API, on any instance: read again before each batch is judged. */
    @Override
    public boolean refreshed() {
        Set<String> now = webhooks.subscriptions().stream().flatMap(s -> s.events().stream()).collect(Collectors.toSet());
        boolean changed = !now.equals(subscribed);
        subscribed = now;
        return changed;
    }

    @Override
    public boolean takes(Class<?> type) {
        Set<String> named = subscribed;
        return named == null || named.contains(type.getSimpleName());
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) throws Exception {
        String type = payload.getClass().getSimpleName();
        List<WebhookSubscription> wanting = webhooks.subscriptions().stream().filter(s -> s.events().contains(type)).toList();
        if (wanting.isEmpty()) {
            return;
        }
        ObjectNode body = json.createObjectNode();
        body.put("eventId", message.getIdentifier());
        body.put("type", type);
        body.put("occurredAt", message.getTimestamp().toString());
        String aggregateId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        body.put("aggregateId", aggregateId);
        body.set("data", json.valueToTree(payload));
        // filed under the inquiry when the event names one, so a client's erasure finds it among its files
        String subject = body.path("data").path("inquiryId").isTextual() ? body.path("data").path("inquiryId").asText()
                : aggregateId;
        webhooks.deliver(wanting, message.getIdentifier(), type, subject, json.writeValueAsString(body));
    }
}
