package com.lawfirm.notification.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Every event of every service (from Kafka) that a webhook subscription asks for, by its type's name. The body is
 * the event's id, type, time, aggregate and data; the event's id makes redelivery recognisable to the receiver too.
 */
@Component
@ProcessingGroup("webhooks")
class WebhookRules {

    private final WebhookChannel webhooks;
    private final ObjectMapper json;

    WebhookRules(WebhookChannel webhooks, ObjectMapper json) {
        this.webhooks = webhooks;
        this.json = json;
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
