package com.lawfirm.billing.account;

import com.lawfirm.billing.account.MatterTeamView.Seat;
import com.lawfirm.events.matter.ConfidentialityUndertakingSigned;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamMemberReleased;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps billing's copy of every matter's team, from matter-service's events on Kafka. */
@Component
@ProcessingGroup("matter-teams")
class MatterTeamProjection {

    static final String COLLECTION = "billing_matter_teams";

    private final ReadModelStore store;

    MatterTeamProjection(ReadModelStore store) {
        this.store = store;
    }

    @EventHandler
    void on(MatterOpened e, @SequenceNumber long seq) {
        MatterTeamView v = new MatterTeamView();
        v.matterId = e.matterId();
        store.upsert(COLLECTION, e.matterId(), seq, v);
    }

    @EventHandler
    void on(TeamMemberAssigned e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.matterId(), seq, MatterTeamView.class, v -> {
            v.seats.removeIf(s -> s.staffId().equals(e.staffId()));
            v.seats.add(new Seat(e.staffId(), e.login(), e.role(), false));
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
                s -> s.staffId().equals(e.staffId()) ? new Seat(s.staffId(), s.login(), s.role(), true) : s));
    }
}
