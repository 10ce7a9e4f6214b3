package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.intake.client.ClientCommands.RecordClientEngagement;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * What the signing of an existing client's engagement asks of the client registry: whether the client may still be
 * signed for, and the record that it engaged the firm. Both read or write the client's own history, not a read model
 * that may lag.
 */
@Component
public class ClientEngagements {

    private final CommandGateway commands;
    private final EventStore events;

    ClientEngagements(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    /** Refuses (409 {@code client-erased}) a signature for a client whose personal data was erased. */
    public void refuseIfErased(String clientId) {
        if (events.readEvents(clientId).asStream()
                .anyMatch(event -> ClientPersonalDataErased.class.equals(event.getPayloadType()))) {
            throw Client.noEngagementOnceErased();
        }
    }

    /**
     * Records that the client signed {@code engagementId}, complete on {@code signedOn}: a former client is current
     * again. Sent inside the signature's transaction, it fails with it, and a concurrent erasure of the client is
     * refused as a concurrent change (or this is, and the signature with it).
     */
    public void engaged(String clientId, String engagementId, LocalDate signedOn) {
        commands.sendAndWait(new RecordClientEngagement(clientId, engagementId, signedOn));
    }
}
