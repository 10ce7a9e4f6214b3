package com.lawfirm.kit.axon;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.function.Supplier;

/**
 * Commands sent while handling another service's event, inside that Kafka batch's database transaction. A command
 * that fails there marks the whole batch for rollback and it would be retried forever, so the two foreseeable
 * failures are checked against the event store first: creating an aggregate that already exists (a redelivered
 * request) and changing one this service never had (a decision about someone else's record).
 */
public class GuardedCommands {

    private final CommandGateway commands;
    private final EventStore eventStore;

    public GuardedCommands(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    public boolean exists(String aggregateId) {
        return aggregateId != null && eventStore.lastSequenceNumberFor(aggregateId).isPresent();
    }

    /** Sends the command built by {@code command} unless the aggregate exists; returns whether it was sent. */
    public boolean createUnlessExists(String aggregateId, Supplier<?> command) {
        if (exists(aggregateId)) {
            return false;
        }
        commands.sendAndWait(command.get());
        return true;
    }

    /** Sends {@code command} if the aggregate exists; returns whether it was sent. */
    public boolean sendIfExists(String aggregateId, Object command) {
        if (!exists(aggregateId)) {
            return false;
        }
        commands.sendAndWait(command);
        return true;
    }
}
