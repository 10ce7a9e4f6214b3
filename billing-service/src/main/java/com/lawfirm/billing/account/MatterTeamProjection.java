package com.lawfirm.billing.account;

import com.lawfirm.billing.account.MatterTeamView.Seat;
import com.lawfirm.events.matter.ConfidentialityUndertakingSigned;
import com.lawfirm.events.matter.EthicalWallErected;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.MemberConflictCheckRecorded;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamMemberReleased;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps billing's copy of every matter's team and ethical walls, from matter-service's events on Kafka. */
@Component
@ProcessingGroup("matter-teams")
class MatterTeamProjection {

    static final String COLLECTION = "billing_matter_teams";
    static final String WALLS = "billing_ethical_walls";

    /** An ethical wall as billing needs it: whom it screens from which matter or inquiry. */
    public record Wall(String wallId, String matterId, String inquiryId, List<String> screened) {
    }

    private final ReadModelStore store;

    MatterTeamProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild re-reads the topics from their first offsets into an emptied copy. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
        store.clear(WALLS);
    }

    @EventHandler
    void on(MatterOpened e, @SequenceNumber long seq) {
        MatterTeamView v = new MatterTeamView();
        v.matterId = e.matterId();
        v.inquiryId = e.inquiryId();
        store.upsert(COLLECTION, e.matterId(), seq, v);
    }

    /** Walls have their own documents: a waiver's wall names the inquiry, and may come before the matter does. */
    @EventHandler
    void on(EthicalWallErected e) {
        store.upsert(WALLS, e.wallId(), 1, new Wall(e.wallId(), e.matterId(), e.inquiryId(), e.screened()));
    }

    @EventHandler
    void on(TeamMemberAssigned e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.matterId(), seq, MatterTeamView.class, v -> {
            v.seats.removeIf(s -> s.staffId().equals(e.staffId()));
            v.seats.add(new Seat(e.staffId(), e.login(), e.role(), false, null));
        });
    }

    @EventHandler
    void on(TeamMemberReleased e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.matterId(), seq, MatterTeamView.class,
                v -> v.seats.removeIf(s -> s.staffId().equals(e.staffId())));
    }

    @EventHandler
    void on(ConfidentialityUndertakingSigned e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.matterId(), seq, MatterTeamView.class, v -> v.seats.replaceAll(
                s -> s.staffId().equals(e.staffId()) ? new Seat(s.staffId(), s.login(), s.role(), true, s.cleared()) : s));
    }

    @EventHandler
    void on(MemberConflictCheckRecorded e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.matterId(), seq, MatterTeamView.class, v -> v.seats.replaceAll(
                s -> s.staffId().equals(e.staffId()) ? new Seat(s.staffId(), s.login(), s.role(), s.signed(), e.clear()) : s));
    }
}
