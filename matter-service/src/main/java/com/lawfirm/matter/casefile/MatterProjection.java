package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.ConfidentialityUndertakingSigned;
import com.lawfirm.events.matter.FeeSettlementAcknowledged;
import com.lawfirm.events.matter.MatterArchived;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.MemberConflictCheckRecorded;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamMemberReleased;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.matter.casefile.MatterView.Seat;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Keeps the matter register, one document per matter: its parties, team, status and closing. */
@Component
@ProcessingGroup("matters")
class MatterProjection {

    static final String COLLECTION = "matters";

    private final ReadModelStore store;

    MatterProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(MatterOpened e, @SequenceNumber long seq, @Timestamp Instant at) {
        MatterView v = new MatterView();
        v.matterId = e.matterId();
        v.matterNumber = e.matterNumber();
        v.engagementId = e.engagementId();
        v.inquiryId = e.inquiryId();
        v.clientId = e.clientId();
        v.clientName = e.clientName();
        v.matterType = e.matterType();
        v.practiceArea = e.matterType().areaCode();
        v.description = e.description();
        v.amountInDispute = e.amountInDispute();
        v.parties.addAll(e.parties());
        v.status = MatterStatus.OPEN;
        v.openedOn = e.openedOn();
        v.openedAt = at;
        store.upsert(COLLECTION, e.matterId(), seq, v);
    }

    @EventHandler
    void on(TeamMemberAssigned e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            v.team.removeIf(s -> s.staffId().equals(e.staffId()));
            v.team.add(new Seat(e.staffId(), e.login(), e.name(), e.role(), false, null, List.of()));
            v.seatsChanged();
        });
    }

    @EventHandler
    void on(TeamMemberReleased e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            v.team.removeIf(s -> s.staffId().equals(e.staffId()));
            v.seatsChanged();
        });
    }

    @EventHandler
    void on(ConfidentialityUndertakingSigned e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            v.team.replaceAll(s -> s.staffId().equals(e.staffId()) ? s.signed() : s);
            v.seatsChanged();
        });
    }

    @EventHandler
    void on(MemberConflictCheckRecorded e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            v.team.replaceAll(s -> s.staffId().equals(e.staffId()) ? s.checked(e.clear(), e.findings()) : s);
            v.seatsChanged();
        });
    }

    @EventHandler
    void on(FeeSettlementAcknowledged e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> v.feesSettledOn = e.settledOn());
    }

    @EventHandler
    void on(MatterClosed e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            v.status = MatterStatus.CLOSED;
            v.outcome = e.outcome();
            v.feeException = e.feeException();
            v.closedOn = e.closedOn();
            v.archiveDueOn = e.archiveDueOn();
        });
    }

    @EventHandler
    void on(MatterArchived e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            v.status = MatterStatus.ARCHIVED;
            v.retentionClass = e.retentionClass();
            v.archivedOn = e.archivedOn();
        });
    }

    private void change(String matterId, long seq, Consumer<MatterView> change) {
        store.change(COLLECTION, matterId, seq, MatterView.class, change);
    }
}
