package com.lawfirm.conflict.recheck;

import com.lawfirm.events.conflict.PotentialConflictDiscovered;
import com.lawfirm.events.conflict.PotentialConflictReviewed;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps the potential conflicts read model, one document per discovery, versioned by its event sequence. */
@Component
@ProcessingGroup("potential-conflicts")
class PotentialConflictProjection {

    static final String COLLECTION = "potential-conflicts";

    private final ReadModelStore store;

    PotentialConflictProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(PotentialConflictDiscovered e, @SequenceNumber long seq, @Timestamp Instant at) {
        PotentialConflictView v = new PotentialConflictView();
        v.discoveryId = e.discoveryId();
        v.trigger = e.trigger();
        v.description = e.description();
        v.subjectName = e.subjectName();
        v.subjectId = e.subjectId();
        v.staffId = e.staffId();
        v.matters = e.matters();
        v.path = e.path();
        v.discoveredAt = at;
        v.status = PotentialConflictView.Status.AWAITING_REVIEW;
        store.upsert(COLLECTION, e.discoveryId(), seq, v);
    }

    @EventHandler
    void on(PotentialConflictReviewed e, @SequenceNumber long seq, @Timestamp Instant at) {
        store.change(COLLECTION, e.discoveryId(), seq, PotentialConflictView.class, v -> {
            v.status = PotentialConflictView.Status.REVIEWED;
            v.conclusion = e.conclusion();
            v.analyst = e.analyst();
            v.reasoning = e.reasoning();
            v.reviewedAt = at;
        });
    }
}
