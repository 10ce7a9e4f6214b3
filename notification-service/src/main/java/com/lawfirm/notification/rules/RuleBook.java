package com.lawfirm.notification.rules;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Every service's events (from Kafka) through the configured rules: the facts learn each event first, so a rule on
 * it already knows what it tells (the matter a new member joins, the originals still held at settlement).
 */
@Component
@ProcessingGroup("rules")
class RuleBook {

    private final Facts facts;
    private final Notifier notifier;

    RuleBook(Facts facts, Notifier notifier) {
        this.facts = facts;
        this.notifier = notifier;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        facts.learn(event);
        notifier.release(event);
        if (notifier.listensTo(event)) {
            notifier.onEvent(event, message.getIdentifier(), message.getTimestamp());
        }
    }
}
