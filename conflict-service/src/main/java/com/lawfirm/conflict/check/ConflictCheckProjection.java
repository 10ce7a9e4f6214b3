package com.lawfirm.conflict.check;

import com.lawfirm.events.conflict.ConflictCheckCleared;
import com.lawfirm.events.conflict.ConflictCheckCompleted;
import com.lawfirm.events.conflict.ConflictCheckDeclined;
import com.lawfirm.events.conflict.ConflictCheckReviewed;
import com.lawfirm.events.conflict.WaiverRecorded;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Keeps the conflict check read model, one document per check, versioned by the check's event sequence. */
@Component
@ProcessingGroup("conflict-checks")
class ConflictCheckProjection {

    static final String COLLECTION = "conflict-checks";

    private final ReadModelStore store;

    ConflictCheckProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(ConflictCheckCompleted e, @SequenceNumber long seq, @Timestamp Instant at) {
        ConflictCheckView v = new ConflictCheckView();
        v.checkId = e.checkId();
        v.inquiryId = e.inquiryId();
        v.purpose = e.purpose();
        v.status = ConflictCheckView.Status.AWAITING_DECISION;
        v.parties = e.parties();
        v.matcherVersion = e.matcherVersion();
        v.indexPositions = e.indexPositions();
        v.hits = e.hits();
        v.absoluteConflicts = e.absoluteConflicts() == null ? List.of() : e.absoluteConflicts();
        v.completedAt = at;
        store.upsert(COLLECTION, e.checkId(), seq, v);
    }

    @EventHandler
    void on(ConflictCheckReviewed e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.checkId(), seq, v -> {
            v.assessment = e.assessment();
            v.analyst = e.analyst();
            v.reasoning = e.reasoning();
            v.waiversRequiredFrom = e.waiversRequiredFrom();
            v.decidedAt = at;
            v.status = ConflictCheckView.Status.WAIVERS_PENDING;
        });
    }

    @EventHandler
    void on(WaiverRecorded e, @SequenceNumber long seq) {
        change(e.checkId(), seq, v -> v.waivers.add(e.waiver()));
    }

    @EventHandler
    void on(ConflictCheckCleared e, @SequenceNumber long seq) {
        change(e.checkId(), seq, v -> v.status = ConflictCheckView.Status.CLEARED);
    }

    @EventHandler
    void on(ConflictCheckDeclined e, @SequenceNumber long seq) {
        change(e.checkId(), seq, v -> v.status = ConflictCheckView.Status.DECLINED);
    }

    private void change(String id, long seq, Consumer<ConflictCheckView> change) {
        store.change(COLLECTION, id, seq, ConflictCheckView.class, change);
    }
}
