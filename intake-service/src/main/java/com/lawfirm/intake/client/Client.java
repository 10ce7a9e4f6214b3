package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientAliasAdded;
import com.lawfirm.events.intake.ClientDetailsUpdated;
import com.lawfirm.events.intake.ClientIdentifierAdded;
import com.lawfirm.events.intake.ClientMarkedFormer;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.ClientRenamed;
import com.lawfirm.events.intake.SourceChannel;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.intake.client.ClientCommands.AddClientAlias;
import com.lawfirm.intake.client.ClientCommands.AddClientIdentifier;
import com.lawfirm.intake.client.ClientCommands.MarkFormerClient;
import com.lawfirm.intake.client.ClientCommands.RegisterClient;
import com.lawfirm.intake.client.ClientCommands.RenameClient;
import com.lawfirm.intake.client.ClientCommands.UpdateClientDetails;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.text.Names;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A client of the firm (客户档案): who they are, how to reach them, and the consent under which data is kept. */
@Aggregate
class Client {

    @AggregateIdentifier
    private String clientId;
    private String name;
    private final Set<String> knownNames = new HashSet<>();
    private final Set<String> identifiers = new HashSet<>();
    private boolean former;

    Client() {
    }

    @CommandHandler
    Client(RegisterClient command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidFieldException("name", "must not be blank");
        }
        if (command.kind() == null) {
            throw new InvalidFieldException("kind", "must be PERSON or ORGANIZATION");
        }
        List<PartyIdentifier> ids = checkedIdentifiers(command.identifiers());
        if (command.kind() == PartyKind.PERSON && command.consent() == null) {
            throw new InvalidFieldException("consent", "a person's data is kept only with a recorded consent (PIPL)");
        }
        if (command.consent() != null && (command.consent().retentionYears() < 1 || command.consent().retentionYears() > 100)) {
            throw new InvalidFieldException("consent.retentionYears", "must be between 1 and 100");
        }
        if (command.source() != null && command.source().channel() == SourceChannel.CLIENT_REFERRAL
                && (command.source().referrerClientId() == null || command.source().referrerClientId().isBlank())) {
            throw new InvalidFieldException("source.referrerClientId", "a client referral names the referring client");
        }
        apply(new ClientRegistered(command.clientId(), command.kind(), command.name().strip(),
                orEmpty(command.aliases()), orEmpty(command.formerNames()), ids, orEmpty(command.contacts()),
                command.preferredLanguage(), command.relationshipOwner(), command.source(), command.consent()));
    }

    @CommandHandler
    void handle(UpdateClientDetails command) {
        apply(new ClientDetailsUpdated(clientId, orEmpty(command.contacts()), command.preferredLanguage(),
                command.relationshipOwner()));
    }

    @CommandHandler
    void handle(AddClientAlias command) {
        if (command.alias() == null || command.alias().isBlank()) {
            throw new InvalidFieldException("alias", "must not be blank");
        }
        if (!knownNames.contains(Names.normalize(command.alias()))) {
            apply(new ClientAliasAdded(clientId, command.alias().strip()));
        }
    }

    @CommandHandler
    void handle(AddClientIdentifier command) {
        PartyIdentifier identifier = checkedIdentifiers(List.of(command.identifier())).get(0);
        if (!identifiers.contains(key(identifier))) {
            apply(new ClientIdentifierAdded(clientId, identifier));
        }
    }

    @CommandHandler
    void handle(RenameClient command) {
        if (command.newName() == null || command.newName().isBlank()) {
            throw new InvalidFieldException("newName", "must not be blank");
        }
        if (Names.normalize(command.newName()).equals(Names.normalize(name))) {
            throw new InvalidFieldException("newName", "is already the client's name");
        }
        apply(new ClientRenamed(clientId, command.newName().strip(), name, command.effectiveFrom()));
    }

    @CommandHandler
    void handle(MarkFormerClient command) {
        if (former) {
            throw new RuleViolationException("client-already-former", "the client is already a former client");
        }
        apply(new ClientMarkedFormer(clientId, command.since(), command.reason()));
    }

    @EventSourcingHandler
    void on(ClientRegistered event) {
        clientId = event.clientId();
        name = event.name();
        knownNames.add(Names.normalize(event.name()));
        event.aliases().forEach(a -> knownNames.add(Names.normalize(a)));
        event.identifiers().forEach(i -> identifiers.add(key(i)));
    }

    @EventSourcingHandler
    void on(ClientAliasAdded event) {
        knownNames.add(Names.normalize(event.alias()));
    }

    @EventSourcingHandler
    void on(ClientIdentifierAdded event) {
        identifiers.add(key(event.identifier()));
    }

    @EventSourcingHandler
    void on(ClientRenamed event) {
        name = event.newName();
        knownNames.add(Names.normalize(event.newName()));
    }

    @EventSourcingHandler
    void on(ClientMarkedFormer event) {
        former = true;
    }

    private static List<PartyIdentifier> checkedIdentifiers(List<PartyIdentifier> given) {
        List<PartyIdentifier> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<PartyIdentifier> all = given == null ? List.of() : given;
        for (int i = 0; i < all.size(); i++) {
            PartyIdentifier identifier = all.get(i);
            if (identifier == null) {
                throw new InvalidFieldException("identifiers[" + i + "]", "must not be null");
            }
            int index = i;
            IdentifierRules.problem(identifier).ifPresent(problem -> {
                throw new InvalidFieldException("identifiers[" + index + "].value", problem);
            });
            PartyIdentifier normalized = IdentifierRules.normalized(identifier);
            if (seen.add(key(normalized))) {
                checked.add(normalized);
            }
        }
        return checked;
    }

    private static String key(PartyIdentifier identifier) {
        return identifier.scheme() + ":" + Names.normalizeIdentifier(identifier.value());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
