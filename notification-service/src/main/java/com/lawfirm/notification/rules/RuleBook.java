package com.lawfirm.notification.rules;

import com.lawfirm.kit.bus.ConsumedTypes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Every service's events (from Kafka) through the configured rules: the facts learn each event first, so a rule on
 * it already knows what it tells (the matter a new member joins, the originals still held at settlement). Events
 * neither the facts learn from nor a rule names are passed over unread.
 */
@Component
@ProcessingGroup(RuleBook.GROUP)
class RuleBook implements ConsumedTypes {

    static final String GROUP = "rules";

    private final Facts facts;
    private final Notifier notifier;

    RuleBook(Facts facts, Notifier notifier) {
        this.facts = facts;
        this.notifier = notifier;
    }

    @Override
    public String group() {
        return GROUP;
    }

    @Override
    public boolean takes(Class<?> type) {
        return Facts.learnsFrom(type) || notifier.listensTo(type);
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        facts.learn(event);
        notifier.release(event);
        if (notifier.listensTo(event.getClass())) {
            notifier.onEvent(event, message.getIdentifier(), message.getTimestamp());
        }
    }
}
