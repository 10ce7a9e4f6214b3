package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.intake.client.ClientCommands.RecordClientEngagement;
import com.lawfirm.intake.engagement.SignedClients;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** The client registry's answers to the signing of an existing client's engagement, from the client's own history. */
@Component
class ClientEngagements implements SignedClients {

    private final CommandGateway commands;
    private final EventStore events;

    ClientEngagements(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    @Override
    public void refuseIfErased(String clientId) {
        if (events.readEvents(clientId).asStream()
                .anyMatch(event -> ClientPersonalDataErased.class.equals(event.getPayloadType()))) {
            throw Client.noEngagementOnceErased();
        }
    }

    @Override
    public void engaged(String clientId, String engagementId, LocalDate signedOn) {
        commands.sendAndWait(new RecordClientEngagement(clientId, engagementId, signedOn));
    }
}
