package com.lawfirm.matter.walls;

import com.lawfirm.events.matter.EthicalWallErected;
import com.lawfirm.events.matter.ScreenedAccessDenied;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps the walls (one document each) and the denied attempts (one document each, for the per-wall report). */
@Component
@ProcessingGroup("walls-view")
class WallProjection {

    static final String WALLS = "ethical_walls";
    static final String ATTEMPTS = "wall_denied_attempts";

    public record Attempt(String wallId, String matterId, String login, String attempted, Instant at) {
    }

    private final ReadModelStore store;

    WallProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(WALLS);
        store.clear(ATTEMPTS);
    }

    @EventHandler
    void on(EthicalWallErected e, @SequenceNumber long seq) {
        WallView v = new WallView();
        v.wallId = e.wallId();
        v.matterId = e.matterId();
        v.inquiryId = e.inquiryId();
        v.screened.addAll(e.screened());
        v.source = e.source();
        v.reason = e.reason();
        v.erectedBy = e.erectedBy();
        v.erectedOn = e.erectedOn();
        store.upsert(WALLS, e.wallId(), seq, v);
    }

    @EventHandler
    void on(ScreenedAccessDenied e, @SequenceNumber long seq, @Timestamp Instant at) {
        store.change(WALLS, e.wallId(), seq, WallView.class, v -> v.deniedAttempts++);
        store.upsert(ATTEMPTS, e.wallId() + ":" + seq, 1, new Attempt(e.wallId(), e.matterId(), e.login(), e.attempted(), e.at()));
    }
}
