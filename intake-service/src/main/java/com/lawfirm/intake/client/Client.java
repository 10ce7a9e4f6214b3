package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientAliasAdded;
import com.lawfirm.events.intake.ClientDetailsUpdated;
import com.lawfirm.events.intake.ClientEngaged;
import com.lawfirm.events.intake.ClientIdentifierAdded;
import com.lawfirm.events.intake.ClientLegalHoldLifted;
import com.lawfirm.events.intake.ClientLegalHoldPlaced;
import com.lawfirm.events.intake.ClientMarkedFormer;
import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.ClientRenamed;
import com.lawfirm.events.intake.ClientRetentionSet;
import com.lawfirm.events.intake.SourceChannel;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.intake.client.ClientCommands.AddClientAlias;
import com.lawfirm.intake.client.ClientCommands.AddClientIdentifier;
import com.lawfirm.intake.client.ClientCommands.EraseClientPersonalData;
import com.lawfirm.intake.client.ClientCommands.LiftLegalHold;
import com.lawfirm.intake.client.ClientCommands.MarkFormerClient;
import com.lawfirm.intake.client.ClientCommands.PlaceLegalHold;
import com.lawfirm.intake.client.ClientCommands.RecordClientEngagement;
import com.lawfirm.intake.client.ClientCommands.RegisterClient;
import com.lawfirm.intake.client.ClientCommands.RenameClient;
import com.lawfirm.intake.client.ClientCommands.SetClientRetention;
import com.lawfirm.intake.client.ClientCommands.UpdateClientDetails;
import com.lawfirm.intake.privacy.LegalHolds;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.text.Names;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A client of the firm (客户档案): who they are, how to reach them, the consent under which data is kept, how long it
 * is kept and what holds it, and its erasure once that time is over.
 */
@Aggregate
class Client {

    @AggregateIdentifier
    private String clientId;
    private String name;
    private final Set<String> knownNames = new HashSet<>();
    private final Set<String> identifiers = new HashSet<>();
    /** The engagements the client signed since they were recorded here: each holds it until its matter is closed. */
    private final Set<String> engagements = new HashSet<>();
    private final ClientRetention retention = new ClientRetention();
    private final LegalHolds legalHolds = new LegalHolds();
    private boolean erased;
    private PartyKind kind;

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
        List<PartyIdentifier> ids = IdentifierRules.checked(command.identifiers());
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
        refuseIfErased();
        apply(new ClientDetailsUpdated(clientId, orEmpty(command.contacts()), command.preferredLanguage(),
                command.relationshipOwner()));
    }

    @CommandHandler
    void handle(AddClientAlias command) {
        refuseIfErased();
        if (command.alias() == null || command.alias().isBlank()) {
            throw new InvalidFieldException("alias", "must not be blank");
        }
        if (!knownNames.contains(Names.normalize(command.alias()))) {
            apply(new ClientAliasAdded(clientId, command.alias().strip()));
        }
    }

    @CommandHandler
    void handle(AddClientIdentifier command) {
        refuseIfErased();
        PartyIdentifier identifier = IdentifierRules.checked(List.of(command.identifier())).get(0);
        if (!identifiers.contains(IdentifierRules.key(identifier))) {
            apply(new ClientIdentifierAdded(clientId, identifier));
        }
    }

    @CommandHandler
    void handle(RenameClient command) {
        refuseIfErased();
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
        refuseIfErased();
        if (retention.former()) {
            throw new RuleViolationException("client-already-former", "the client is already a former client");
        }
        // the read models the command was checked against may not show an engagement signed a moment ago: this
        // history does, in the same transaction as the signature
        List<String> awaited = engagements.stream().filter(e -> !command.closedEngagements().contains(e)).sorted().toList();
        if (!awaited.isEmpty()) {
            throw new RuleViolationException("matters-open", "the firm still acts for the client: engagement "
                    + String.join(", ", awaited) + " (signed, its matter not known to be closed)");
        }
        apply(new ClientMarkedFormer(clientId, command.since(), command.reason()));
    }

    /**
     * Every engagement the client signs is on its history, so that an erasure decided at the same moment conflicts
     * with it on this one aggregate: one of the two is refused, never both recorded. A mark as former is refused until
     * the engagement's matter is known to be closed, whatever the read models showed when it was sent.
     */
    @CommandHandler
    void handle(RecordClientEngagement command) {
        if (erased) {
            throw noEngagementOnceErased();
        }
        apply(new ClientEngaged(clientId, command.engagementId(), command.signedOn()));
    }

    @CommandHandler
    void handle(SetClientRetention command) {
        refuseIfErased();
        if (command.retainUntil() == null) {
            throw new InvalidFieldException("retainUntil", "must be a date");
        }
        if (command.basis() == null || command.basis().isBlank()) {
            throw new InvalidFieldException("basis", "say why the data is kept until then (consent, statute, archive rules)");
        }
        apply(new ClientRetentionSet(clientId, command.retainUntil(), command.basis().strip(), command.setBy()));
    }

    @CommandHandler
    void handle(PlaceLegalHold command) {
        refuseIfErased();
        apply(new ClientLegalHoldPlaced(clientId, command.holdId(), LegalHolds.reason(command.reason()), command.placedOn(),
                command.placedBy()));
    }

    @CommandHandler
    void handle(LiftLegalHold command) {
        legalHolds.requireStanding(command.holdId(), "the client");
        apply(new ClientLegalHoldLifted(clientId, command.holdId(), command.liftedOn(), command.liftedBy()));
    }

    /**
     * Erasure is the end of retention, not a shortcut around it: only a former client, only after the period its
     * consent or a recorded retention gives, and never while a legal hold stands.
     */
    @CommandHandler
    void handle(EraseClientPersonalData command) {
        refuseIfErased();
        if (kind != PartyKind.PERSON) {
            // PIPL protects natural persons; an organisation's name stays in the firm's conflict records
            throw new RuleViolationException("not-a-person", "only a natural person's data is erased; an organisation's "
                    + "contact persons are changed in its details");
        }
        if (!retention.former()) {
            throw new RuleViolationException("client-not-former",
                    "the firm still acts for this client: its data is kept while it does (mark the client former first)");
        }
        LocalDate until = retention.keptUntil(command.zone(), command.defaultRetentionYears());
        if (!command.today().isAfter(until)) {
            throw new RuleViolationException("retention-not-over", "the client's data is kept until " + until);
        }
        legalHolds.refuseErasure();
        Set<String> subjects = new LinkedHashSet<>();
        subjects.add(clientId);
        subjects.addAll(orEmpty(command.files()));
        apply(new ClientPersonalDataErased(clientId, List.copyOf(subjects), command.today(), command.requestId(),
                command.erasedBy()));
    }

    static RuleViolationException noEngagementOnceErased() {
        return new RuleViolationException("client-erased", "the client's personal data was erased: a new engagement is"
                + " signed by the person registered again as a new client");
    }

    private void refuseIfErased() {
        if (erased) {
            throw new RuleViolationException("client-erased", "the client's personal data was erased");
        }
    }

    @EventSourcingHandler
    void on(ClientRegistered event) {
        clientId = event.clientId();
        kind = event.kind();
        retention.consented(event.consent() == null ? null : event.consent().retentionYears());
        name = event.name();
        knownNames.add(Names.normalize(event.name()));
        event.aliases().forEach(a -> knownNames.add(Names.normalize(a)));
        event.identifiers().forEach(i -> identifiers.add(IdentifierRules.key(i)));
    }

    @EventSourcingHandler
    void on(ClientAliasAdded event) {
        knownNames.add(Names.normalize(event.alias()));
    }

    @EventSourcingHandler
    void on(ClientIdentifierAdded event) {
        if (event.identifier() != null) { // null once erased
            identifiers.add(IdentifierRules.key(event.identifier()));
        }
    }

    @EventSourcingHandler
    void on(ClientRenamed event) {
        name = event.newName();
        knownNames.add(Names.normalize(event.newName()));
    }

    @EventSourcingHandler
    void on(ClientMarkedFormer event, @Timestamp Instant at) {
        retention.markedFormer(event.since(), at);
    }

    @EventSourcingHandler
    void on(ClientEngaged event) {
        retention.engaged();
        engagements.add(event.engagementId());
    }

    @EventSourcingHandler
    void on(ClientRetentionSet event) {
        retention.recorded(event.retainUntil());
    }

    @EventSourcingHandler
    void on(ClientLegalHoldPlaced event) {
        legalHolds.placed(event.holdId(), event.reason());
    }

    @EventSourcingHandler
    void on(ClientLegalHoldLifted event) {
        legalHolds.lifted(event.holdId());
    }

    @EventSourcingHandler
    void on(ClientPersonalDataErased event) {
        erased = true;
        name = null;
        knownNames.clear();
        identifiers.clear();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
