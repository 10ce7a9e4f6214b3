package com.lawfirm.intake;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns another service's decision into a command on one of intake's aggregates. The aggregate's existence is checked
 * in the event store first: a command failing inside a Kafka batch's transaction would roll the whole batch back
 * and retry it forever, and a decision about an aggregate this service never had cannot succeed.
 */
@Component
public class KnownAggregateForwarder {

    private static final Logger log = LoggerFactory.getLogger(KnownAggregateForwarder.class);

    private final CommandGateway commands;
    private final EventStore eventStore;

    KnownAggregateForwarder(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    public void send(String aggregateId, Object command) {
        if (aggregateId == null || eventStore.lastSequenceNumberFor(aggregateId).isEmpty()) {
            log.warn("{} for unknown aggregate {} ignored", command.getClass().getSimpleName(), aggregateId);
            return;
        }
        commands.sendAndWait(command);
    }
}
