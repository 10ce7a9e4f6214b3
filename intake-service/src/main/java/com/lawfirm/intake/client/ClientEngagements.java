package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.InquiryOpened;
import com.lawfirm.events.intake.PersonalDataConsent;
import com.lawfirm.events.intake.ProspectLegalHoldLifted;
import com.lawfirm.events.intake.ProspectLegalHoldPlaced;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.intake.IntakeProperties;
import com.lawfirm.intake.client.ClientCommands.PlaceLegalHold;
import com.lawfirm.intake.client.ClientCommands.RecordClientEngagement;
import com.lawfirm.intake.client.ClientCommands.RegisterClient;
import com.lawfirm.intake.engagement.SignedClients;
import com.lawfirm.kit.text.Names;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        List<Object> inquiry = events.readEvents(contract.inquiryId()).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
        InquiryOpened opened = inquiry.stream().filter(InquiryOpened.class::isInstance).map(InquiryOpened.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("engagement " + contract.engagementId()
                        + " names inquiry " + contract.inquiryId() + ", which has no history"));
        Optional<MatterParty> party = contract.parties().stream().filter(p -> p.role() == PartyRole.CLIENT).findFirst();
        // the names the prospect went by stay known, for the conflict checks: the first given, the contract party's
        Set<String> known = new LinkedHashSet<>(List.of(Names.normalize(contract.clientName())));
        List<String> aliases = new ArrayList<>();
        Stream.concat(Stream.of(opened.prospect().name()), party.map(MatterParty::aliases).orElse(List.of()).stream())
                .filter(name -> name != null && !name.isBlank() && known.add(Names.normalize(name)))
                .forEach(name -> aliases.add(name.strip()));
        // an identifier the registry would refuse is left for staff to add: it never fails the signature
        List<PartyIdentifier> identifiers = party.map(MatterParty::identifiers).orElse(List.of()).stream()
                .filter(id -> IdentifierRules.problem(id).isEmpty()).toList();
        commands.sendAndWait(new RegisterClient(contract.clientId(), opened.prospect().kind(), contract.clientName(),
                aliases, List.of(), identifiers, opened.prospect().contacts(), null, opened.owner(), opened.source(),
                new PersonalDataConsent(CONTRACT_PURPOSE, properties.retentionYears(), completeOn, CONTRACT_METHOD)));
        // a hold standing on the prospect's records holds the client's now: its erasure takes the inquiry's key
        standingHolds(inquiry).forEach(hold -> commands.sendAndWait(new PlaceLegalHold(contract.clientId(),
                hold.holdId(), hold.reason(), hold.placedOn(), hold.placedBy())));
    }

    private static List<ProspectLegalHoldPlaced> standingHolds(List<Object> inquiry) {
        Set<String> lifted = inquiry.stream().filter(ProspectLegalHoldLifted.class::isInstance)
                .map(event -> ((ProspectLegalHoldLifted) event).holdId()).collect(Collectors.toSet());
        return inquiry.stream().filter(ProspectLegalHoldPlaced.class::isInstance).map(ProspectLegalHoldPlaced.class::cast)
                .filter(hold -> !lifted.contains(hold.holdId())).toList();
    }
}
