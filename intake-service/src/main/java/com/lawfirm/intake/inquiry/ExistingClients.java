package com.lawfirm.intake.inquiry;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The client an inquiry names as its prospect: registered, and not erased, since the engagement the inquiry leads to
 * is recorded on that client when signed. Read from the client's history, so a client registered a moment ago counts.
 */
@Component
class ExistingClients {

    private final EventStore events;

    ExistingClients(EventStore events) {
        this.events = events;
    }

    /** 400 naming {@code existingClientId} for no such client; 409 {@code client-erased} for an erased one. */
    void check(String clientId) {
        List<Class<?>> history = events.readEvents(clientId).asStream()
                .<Class<?>>map(DomainEventMessage::getPayloadType).toList();
        if (history.isEmpty() || !ClientRegistered.class.equals(history.get(0))) {
            throw new InvalidFieldException("existingClientId", "no client is registered under this id");
        }
        if (history.contains(ClientPersonalDataErased.class)) {
            throw new RuleViolationException("client-erased", "the client's personal data was erased: open the inquiry"
                    + " for the person as a new prospect");
        }
    }
}
