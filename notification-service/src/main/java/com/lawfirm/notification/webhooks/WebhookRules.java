package com.lawfirm.notification.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
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
    /** The subscriptions, and the types they name, as read before the batch in hand; null until the first. */
    private volatile Subscribed subscribed;

    private record Subscribed(List<WebhookSubscription> all, Set<String> types) {
    }

    WebhookRules(WebhookChannel webhooks, ObjectMapper json) {
        this.webhooks = webhooks;
        this.json = json;
    }

    @Override
    public String group() {
        return GROUP;
    }

    /**
     * Subscriptions are changed through the API, on any instance: read again before each batch is judged, and the
     * batch's events go to the subscriptions read then.
     */
    @Override
    public boolean refreshed() {
        List<WebhookSubscription> all = webhooks.subscriptions();
        Set<String> types = all.stream().flatMap(s -> s.events().stream()).collect(Collectors.toSet());
        Subscribed before = subscribed;
        subscribed = new Subscribed(all, types);
        return before == null || !types.equals(before.types());
    }

    @Override
    public boolean takes(Class<?> type) {
        Subscribed now = subscribed;
        return now == null || now.types().contains(type.getSimpleName());
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) throws Exception {
        String type = payload.getClass().getSimpleName();
        Subscribed now = subscribed;
        // read here only if no batch was judged first (a source that never asks its narrowings)
        List<WebhookSubscription> all = now == null ? webhooks.subscriptions() : now.all();
        List<WebhookSubscription> wanting = all.stream().filter(s -> s.events().contains(type)).toList();
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
        // filed under the inquiry when the event names one, or the data subject it is about (a potential conflict's),
        // so an erasure finds it among the erased person's files
        JsonNode data = body.path("data");
        String subject = data.path("inquiryId").isTextual() ? data.path("inquiryId").asText()
                : data.path("subjectId").isTextual() ? data.path("subjectId").asText() : aggregateId;
        webhooks.deliver(wanting, message.getIdentifier(), type, subject, json.writeValueAsString(body));
    }
}
