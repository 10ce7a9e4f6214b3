package com.lawfirm.intake.client;

import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** The matters matter-service opened for intake's clients (from Kafka), for the client overview. */
@Component
@ProcessingGroup("client-matters")
class ClientMattersProjection {

    static final String COLLECTION = "client-matters";

    record ClientMatter(String matterId, String matterNumber, String clientId, String matterType, String description,
                        LocalDate openedOn) {
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
                    e.matterType().name(), e.description(), e.openedOn()));
        }
    }

    List<ClientMatter> ofClient(String clientId) {
        return store.find(COLLECTION, ReadModelQuery.all().eq("clientId", clientId).sortDescending("matterNumber")
                .page(0, 100), ClientMatter.class).items();
    }
}
