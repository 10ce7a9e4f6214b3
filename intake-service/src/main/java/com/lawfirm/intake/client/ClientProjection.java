package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientAliasAdded;
import com.lawfirm.events.intake.ClientDetailsUpdated;
import com.lawfirm.events.intake.ClientIdentifierAdded;
import com.lawfirm.events.intake.ClientMarkedFormer;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.ClientRenamed;
import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.text.Names;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Keeps the client registry read model, one document per client, versioned by the client's event sequence. */
@Component
@ProcessingGroup("clients")
class ClientProjection {

    static final String COLLECTION = "clients";

    private final ReadModelStore store;

    ClientProjection(ReadModelStore store) {
        this.store = store;
    }

    @EventHandler
    void on(ClientRegistered e, @SequenceNumber long seq, @Timestamp Instant at, @MetaDataValue("userId") String user) {
        List<String> identifierKeys = e.identifiers().stream().map(ClientProjection::identifierKey).toList();
        List<String> duplicates = identifierKeys.stream()
                .flatMap(key -> store.find(COLLECTION, ReadModelQuery.all().contains("identifierKeys", key), ClientView.class)
                        .items().stream())
                .map(ClientView::clientId)
                .filter(id -> !id.equals(e.clientId()))
                .distinct().toList();
        ClientView view = new ClientView(e.clientId(), e.kind(), e.name(), e.aliases(), e.formerNames(), e.identifiers(),
                e.contacts(), e.preferredLanguage(), e.relationshipOwner(), e.source(), e.consent(),
                ClientView.Status.ACTIVE, at, user, duplicates, identifierKeys, List.of());
        store.upsert(COLLECTION, e.clientId(), seq, withSearchKeys(view));
    }

    @EventHandler
    void on(ClientDetailsUpdated e, @SequenceNumber long seq) {
        change(e.clientId(), seq, v -> new ClientView(v.clientId(), v.kind(), v.name(), v.aliases(), v.formerNames(),
                v.identifiers(), e.contacts(), e.preferredLanguage(), e.relationshipOwner(), v.source(), v.consent(),
                v.status(), v.registeredAt(), v.registeredBy(), v.likelyDuplicateOf(), v.identifierKeys(), v.searchKeys()));
    }

    @EventHandler
    void on(ClientAliasAdded e, @SequenceNumber long seq) {
        change(e.clientId(), seq, v -> new ClientView(v.clientId(), v.kind(), v.name(), append(v.aliases(), e.alias()),
                v.formerNames(), v.identifiers(), v.contacts(), v.preferredLanguage(), v.relationshipOwner(), v.source(),
                v.consent(), v.status(), v.registeredAt(), v.registeredBy(), v.likelyDuplicateOf(), v.identifierKeys(),
                v.searchKeys()));
    }

    @EventHandler
    void on(ClientIdentifierAdded e, @SequenceNumber long seq) {
        change(e.clientId(), seq, v -> new ClientView(v.clientId(), v.kind(), v.name(), v.aliases(), v.formerNames(),
                append(v.identifiers(), e.identifier()), v.contacts(), v.preferredLanguage(), v.relationshipOwner(),
                v.source(), v.consent(), v.status(), v.registeredAt(), v.registeredBy(), v.likelyDuplicateOf(),
                append(v.identifierKeys(), identifierKey(e.identifier())), v.searchKeys()));
    }

    @EventHandler
    void on(ClientRenamed e, @SequenceNumber long seq) {
        change(e.clientId(), seq, v -> new ClientView(v.clientId(), v.kind(), e.newName(), v.aliases(),
                append(v.formerNames(), new FormerName(e.formerName(), e.effectiveFrom())), v.identifiers(), v.contacts(),
                v.preferredLanguage(), v.relationshipOwner(), v.source(), v.consent(), v.status(), v.registeredAt(),
                v.registeredBy(), v.likelyDuplicateOf(), v.identifierKeys(), v.searchKeys()));
    }

    @EventHandler
    void on(ClientMarkedFormer e, @SequenceNumber long seq) {
        change(e.clientId(), seq, v -> new ClientView(v.clientId(), v.kind(), v.name(), v.aliases(), v.formerNames(),
                v.identifiers(), v.contacts(), v.preferredLanguage(), v.relationshipOwner(), v.source(), v.consent(),
                ClientView.Status.FORMER, v.registeredAt(), v.registeredBy(), v.likelyDuplicateOf(), v.identifierKeys(),
                v.searchKeys()));
    }

    private void change(String clientId, long seq, UnaryOperator<ClientView> change) {
        store.update(COLLECTION, clientId, seq, ClientView.class, v -> withSearchKeys(change.apply(v)));
    }

    static String identifierKey(PartyIdentifier identifier) {
        return identifier.scheme() + ":" + Names.normalizeIdentifier(identifier.value());
    }

    private static ClientView withSearchKeys(ClientView v) {
        Set<String> keys = new LinkedHashSet<>();
        Stream.of(Stream.of(v.name()), v.aliases().stream(), v.formerNames().stream().map(FormerName::name))
                .flatMap(s -> s).map(Names::normalize).forEach(keys::add);
        v.identifiers().forEach(i -> keys.add(Names.normalizeIdentifier(i.value()).toLowerCase(java.util.Locale.ROOT)));
        return new ClientView(v.clientId(), v.kind(), v.name(), v.aliases(), v.formerNames(), v.identifiers(),
                v.contacts(), v.preferredLanguage(), v.relationshipOwner(), v.source(), v.consent(), v.status(),
                v.registeredAt(), v.registeredBy(), v.likelyDuplicateOf(), v.identifierKeys(), List.copyOf(keys));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
