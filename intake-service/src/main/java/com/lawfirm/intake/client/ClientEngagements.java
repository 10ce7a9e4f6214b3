package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.InquiryOpened;
import com.lawfirm.events.intake.PersonalDataConsent;
import com.lawfirm.intake.IntakeProperties;
import com.lawfirm.intake.client.ClientCommands.RecordClientEngagement;
import com.lawfirm.intake.client.ClientCommands.RegisterClient;
import com.lawfirm.intake.engagement.SignedClients;
import com.lawfirm.kit.text.Names;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** The client registry's answers to the signing of an engagement, from the client's and the inquiry's own history. */
@Component
class ClientEngagements implements SignedClients {

    /**
     * A person who signs the firm's contract is processed to perform it, which needs no separate consent (PIPL art. 13
     * (1) 2); kept as long as the firm keeps a former client's data unless a retention is recorded.
     */
    static final String CONTRACT_PURPOSE = "履行委托合同 performance of the engagement contract";
    static final String CONTRACT_METHOD = "委托合同 the engagement contract (PIPL art. 13(1)(2))";

    private final CommandGateway commands;
    private final EventStore events;
    private final IntakeProperties properties;

    ClientEngagements(CommandGateway commands, EventStore events, IntakeProperties properties) {
        this.commands = commands;
        this.events = events;
        this.properties = properties;
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

    @Override
    public void registerProspect(EngagementSigned contract, LocalDate completeOn) {
        InquiryOpened inquiry = events.readEvents(contract.inquiryId()).asStream()
                .map(DomainEventMessage::getPayload).filter(InquiryOpened.class::isInstance)
                .map(InquiryOpened.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("engagement " + contract.engagementId()
                        + " names inquiry " + contract.inquiryId() + ", which has no history"));
        // the name the prospect gave at first contact stays known, for the conflict checks, if the contract's differs
        String firstGiven = inquiry.prospect().name();
        List<String> aliases = firstGiven == null || firstGiven.isBlank()
                || Names.normalize(firstGiven).equals(Names.normalize(contract.clientName()))
                ? List.of() : List.of(firstGiven.strip());
        commands.sendAndWait(new RegisterClient(contract.clientId(), inquiry.prospect().kind(), contract.clientName(),
                aliases, List.of(), List.of(), inquiry.prospect().contacts(), null, inquiry.owner(), inquiry.source(),
                new PersonalDataConsent(CONTRACT_PURPOSE, properties.retentionYears(), completeOn, CONTRACT_METHOD)));
    }
}
