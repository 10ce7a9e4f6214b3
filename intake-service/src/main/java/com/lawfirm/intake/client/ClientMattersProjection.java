package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.privacy.Erased;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * The matters matter-service opened for intake's clients, and their closing (from Kafka): for the client overview, and
 * so that a client is neither marked former nor erased while the firm acts for it. The client's erasure reaches it
 * over intake's own topic, in the same group.
 */
@Component
@ProcessingGroup("client-matters")
class ClientMattersProjection {

    static final String COLLECTION = "client-matters";
    private static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    /**
     * {@code status} is OPEN or CLOSED; it and {@code engagementId} are null for a matter stored before they were kept
     * (a rebuild of the read model fills them in).
     */
    record ClientMatter(String matterId, String matterNumber, String clientId, String engagementId, String matterType,
                        String description, LocalDate openedOn, String status, LocalDate closedOn) {
    }

    private final ReadModelStore store;

    ClientMattersProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild re-reads the topics from their first offsets into an emptied copy. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(MatterOpened e, @SequenceNumber long seq) {
        if (e.clientId() != null) {
            store.upsert(COLLECTION, e.matterId(), seq, new ClientMatter(e.matterId(), e.matterNumber(), e.clientId(),
                    e.engagementId(), e.matterType().name(), e.description(), e.openedOn(), OPEN, null));
        }
    }

    @EventHandler
    void on(MatterClosed e, @SequenceNumber long seq) {
        store.get(COLLECTION, e.matterId(), ClientMatter.class).ifPresent(m -> store.upsert(COLLECTION, e.matterId(), seq,
                new ClientMatter(m.matterId(), m.matterNumber(), m.clientId(), m.engagementId(), m.matterType(),
                        m.description(), m.openedOn(), CLOSED, e.closedOn())));
    }

    /**
     * The description is the client's, sealed under the matter since {@code MatterOpened} revision 3: erased here at
     * once, as a replay reads it (an older event's clear text is scrubbed too, and comes back on a rebuild).
     */
    @EventHandler
    void on(ClientPersonalDataErased e) {
        allOfClient(e.clientId()).forEach(matter -> store.rewriteWith(COLLECTION, matter.matterId(), ClientMatter.class,
                m -> new ClientMatter(m.matterId(), m.matterNumber(), m.clientId(), m.engagementId(), m.matterType(),
                        Erased.text(m.description()), m.openedOn(), m.status(), m.closedOn())));
    }

    /** Every matter of the client, however many. */
    List<ClientMatter> allOfClient(String clientId) {
        return store.findAll(COLLECTION, ReadModelQuery.all().eq("clientId", clientId).sortAscending("matterNumber"),
                ClientMatter.class);
    }

    List<ClientMatter> ofClient(String clientId) {
        return store.find(COLLECTION, ReadModelQuery.all().eq("clientId", clientId).sortDescending("matterNumber")
                .page(0, 100), ClientMatter.class).items();
    }
}
