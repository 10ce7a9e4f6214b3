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
import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.text.Names;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** Keeps the client registry read model, one document per client, versioned by the client's event sequence. */
@Component
@ProcessingGroup("clients")
class ClientProjection {

    static final String COLLECTION = "clients";

    private final ReadModelStore store;

    private final ZoneId zone;

    /** {@code clock}: its zone is the firm's, the days shown are its days. */
    ClientProjection(ReadModelStore store, Clock clock) {
        this.store = store;
        this.zone = clock.getZone();
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(ClientRegistered e, @SequenceNumber long seq, @Timestamp Instant at, @MetaDataValue("userId") String user) {
        ClientView v = new ClientView();
        v.clientId = e.clientId();
        v.kind = e.kind();
        v.name = e.name();
        v.aliases.addAll(e.aliases());
        v.formerNames.addAll(e.formerNames());
        v.identifiers.addAll(e.identifiers());
        v.contacts.addAll(e.contacts());
        v.preferredLanguage = e.preferredLanguage();
        v.relationshipOwner = e.relationshipOwner();
        v.source = e.source();
        v.consent = e.consent();
        v.status = ClientView.Status.ACTIVE;
        v.registeredAt = at;
        v.registeredBy = user;
        e.identifiers().forEach(i -> v.identifierKeys.add(identifierKey(i)));
        for (String key : v.identifierKeys) {
            store.find(COLLECTION, ReadModelQuery.all().contains("identifierKeys", key), ClientView.class).items().stream()
                    .map(other -> other.clientId)
                    .filter(id -> !id.equals(e.clientId()) && !v.likelyDuplicateOf.contains(id))
                    .forEach(v.likelyDuplicateOf::add);
        }
        refreshSearchKeys(v);
        store.upsert(COLLECTION, e.clientId(), seq, v);
    }

    @EventHandler
    void on(ClientDetailsUpdated e, @SequenceNumber long seq) {
        change(e.clientId(), seq, v -> {
            v.contacts = new ArrayList<>(e.contacts());
            v.preferredLanguage = e.preferredLanguage();
            v.relationshipOwner = e.relationshipOwner();
        });
    }

    @EventHandler
    void on(ClientAliasAdded e, @SequenceNumber long seq) {
        change(e.clientId(), seq, v -> v.aliases.add(e.alias()));
    }

    @EventHandler
    void on(ClientIdentifierAdded e, @SequenceNumber long seq) {
        if (e.identifier() == null) { // erased: the event still counts for the document's version
            change(e.clientId(), seq, v -> { });
            return;
        }
        change(e.clientId(), seq, v -> {
            v.identifiers.add(e.identifier());
            v.identifierKeys.add(identifierKey(e.identifier()));
        });
    }

    @EventHandler
    void on(ClientRenamed e, @SequenceNumber long seq) {
        change(e.clientId(), seq, v -> {
            v.formerNames.add(new FormerName(e.formerName(), e.effectiveFrom()));
            v.name = e.newName();
        });
    }

    @EventHandler
    void on(ClientMarkedFormer e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.clientId(), seq, v -> {
            v.status = ClientView.Status.FORMER;
            v.formerSince = e.since() != null ? e.since() : LocalDate.ofInstant(at, zone);
        });
    }

    /** Engaged again, a former client is current; a retention recorded after it left goes with that leaving. */
    @EventHandler
    void on(ClientEngaged e, @SequenceNumber long seq) {
        change(e.clientId(), seq, v -> {
            if (v.status == ClientView.Status.FORMER) {
                v.status = ClientView.Status.ACTIVE;
                v.formerSince = null;
                if (v.retentionEndsOnReturn) {
                    v.retainUntil = null;
                    v.retentionBasis = null;
                    v.retentionEndsOnReturn = false;
                }
            }
        });
    }

    @EventHandler
    void on(ClientRetentionSet e, @SequenceNumber long seq) {
        change(e.clientId(), seq, v -> {
            v.retainUntil = e.retainUntil();
            v.retentionBasis = e.basis();
            v.retentionEndsOnReturn = v.status == ClientView.Status.FORMER;
        });
    }

    @EventHandler
    void on(ClientLegalHoldPlaced e, @SequenceNumber long seq) {
        change(e.clientId(), seq, v -> v.legalHolds.add(
                new ClientView.LegalHold(e.holdId(), e.reason(), e.placedOn(), e.placedBy())));
    }

    @EventHandler
    void on(ClientLegalHoldLifted e, @SequenceNumber long seq) {
        change(e.clientId(), seq, v -> v.legalHolds.removeIf(hold -> hold.holdId().equals(e.holdId())));
    }

    /** What identified the client goes; the registry keeps that a client was here, and when it was erased. */
    @EventHandler
    void on(ClientPersonalDataErased e, @SequenceNumber long seq) {
        change(e.clientId(), seq, v -> {
            v.name = PersonalData.ERASED;
            v.aliases.clear();
            v.formerNames.clear();
            v.identifiers.clear();
            v.identifierKeys.clear();
            v.contacts.clear();
            v.status = ClientView.Status.ERASED;
            v.erasedOn = e.erasedOn();
        });
    }

    private void change(String clientId, long seq, Consumer<ClientView> change) {
        store.change(COLLECTION, clientId, seq, ClientView.class, change.andThen(ClientProjection::refreshSearchKeys));
    }

    static String identifierKey(PartyIdentifier identifier) {
        return identifier.scheme() + ":" + Names.normalizeIdentifier(identifier.value());
    }

    /** Every name and identifier, normalised, for the one text search over the registry. */
    private static void refreshSearchKeys(ClientView v) {
        Set<String> keys = new LinkedHashSet<>();
        if (!PersonalData.ERASED.equals(v.name)) {
            keys.add(Names.normalize(v.name));
        }
        v.aliases.forEach(a -> keys.add(Names.normalize(a)));
        v.formerNames.forEach(f -> keys.add(Names.normalize(f.name())));
        v.identifiers.forEach(i -> keys.add(Names.normalizeIdentifier(i.value()).toLowerCase(Locale.ROOT)));
        v.searchKeys = new ArrayList<>(keys);
    }
}
