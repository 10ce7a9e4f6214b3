package com.lawfirm.conflict.graph;

import com.lawfirm.events.intake.ClientAliasAdded;
import com.lawfirm.events.intake.ClientEngaged;
import com.lawfirm.events.intake.ClientIdentifierAdded;
import com.lawfirm.events.intake.ClientMarkedFormer;
import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.ClientRenamed;
import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Clients of the firm (current and former) as nodes of the party graph, from intake's events on Kafka. Fed by the
 * {@code party-graph} consumer, so each event is applied once however often Kafka delivers it.
 */
@Component
@ProcessingGroup(PartyGraph.PROCESSING_GROUP)
class ClientPartyProjection {

    private final ReadModelStore store;

    ClientPartyProjection(ReadModelStore store) {
        this.store = store;
    }

    @EventHandler
    void on(ClientRegistered e, @SequenceNumber long seq) {
        store.upsert(PartyGraph.NODES, nodeId(e.clientId()), seq, new PartyNode(nodeId(e.clientId()), "client:" + e.clientId(),
                e.kind(), e.name(), e.aliases(), e.formerNames(), e.identifiers(), "CLIENT"));
    }

    @EventHandler
    void on(ClientRenamed e, @SequenceNumber long seq) {
        change(e.clientId(), seq, n -> new PartyNode(n.nodeId(), n.source(), n.kind(), e.newName(), n.aliases(),
                append(n.formerNames(), new FormerName(e.formerName(), e.effectiveFrom())), n.identifiers(), n.relation()));
    }

    @EventHandler
    void on(ClientAliasAdded e, @SequenceNumber long seq) {
        change(e.clientId(), seq, n -> new PartyNode(n.nodeId(), n.source(), n.kind(), n.name(), append(n.aliases(), e.alias()),
                n.formerNames(), n.identifiers(), n.relation()));
    }

    @EventHandler
    void on(ClientIdentifierAdded e, @SequenceNumber long seq) {
        change(e.clientId(), seq, n -> new PartyNode(n.nodeId(), n.source(), n.kind(), n.name(), n.aliases(),
                n.formerNames(), e.identifier() == null ? n.identifiers() : append(n.identifiers(), e.identifier()),
                n.relation()));
    }

    @EventHandler
    void on(ClientMarkedFormer e, @SequenceNumber long seq) {
        change(e.clientId(), seq, n -> new PartyNode(n.nodeId(), n.source(), n.kind(), n.name(), n.aliases(),
                n.formerNames(), n.identifiers(), "FORMER_CLIENT"));
    }

    /** A former client that signed a new engagement is the firm's client again. */
    @EventHandler
    void on(ClientEngaged e, @SequenceNumber long seq) {
        change(e.clientId(), seq, n -> new PartyNode(n.nodeId(), n.source(), n.kind(), n.name(), n.aliases(),
                n.formerNames(), n.identifiers(), "CLIENT"));
    }

    /** The node stays (the party was there), without anything that identified it. */
    @EventHandler
    void on(ClientPersonalDataErased e, @SequenceNumber long seq) {
        change(e.clientId(), seq, n -> new PartyNode(n.nodeId(), n.source(), n.kind(), PersonalData.ERASED, List.of(),
                List.of(), List.of(), n.relation()));
    }

    private void change(String clientId, long seq, UnaryOperator<PartyNode> change) {
        store.update(PartyGraph.NODES, nodeId(clientId), seq, PartyNode.class, change);
    }

    static String nodeId(String clientId) {
        return "client:" + clientId;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
