package com.lawfirm.matter.registration;

import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps the matter register, one document per matter. */
@Component
@ProcessingGroup("matters")
class MatterProjection {

    static final String COLLECTION = "matters";

    private final ReadModelStore store;

    MatterProjection(ReadModelStore store) {
        this.store = store;
    }

    @EventHandler
    void on(MatterOpened e, @SequenceNumber long seq, @Timestamp Instant at) {
        store.upsert(COLLECTION, e.matterId(), seq, new MatterView(e.matterId(), e.matterNumber(), e.engagementId(),
                e.clientId(), e.clientName(), e.matterType(), e.description(), e.parties(), "OPEN", e.openedOn(), at));
    }
}
