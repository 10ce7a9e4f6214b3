package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.AuthorizedActionRecorded;
import com.lawfirm.events.matter.ClientAuthorizationAnswered;
import com.lawfirm.events.matter.ClientAuthorizationRequested;
import com.lawfirm.events.matter.ClientFeedbackRecorded;
import com.lawfirm.events.matter.CorrectiveActionCompleted;
import com.lawfirm.events.matter.KeyEventCommunicated;
import com.lawfirm.events.matter.KeyEventRecorded;
import com.lawfirm.events.matter.MaterialReceived;
import com.lawfirm.events.matter.MaterialRetentionAgreed;
import com.lawfirm.events.matter.MaterialReturnedToClient;
import com.lawfirm.events.matter.PlanItemCompleted;
import com.lawfirm.events.matter.ProgressReportSent;
import com.lawfirm.events.matter.QualityReviewRecorded;
import com.lawfirm.events.matter.ReportCadence;
import com.lawfirm.events.matter.ReportingCadenceAgreed;
import com.lawfirm.events.matter.WorkPlanConfirmed;
import com.lawfirm.events.matter.WorkPlanDrafted;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.matter.casefile.MatterView.ActionDue;
import com.lawfirm.matter.casefile.MatterView.Deadline;
import com.lawfirm.matter.casefile.MatterView.KeyEventDue;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The same matter register as {@link MatterProjection} (same processing group, so events stay in order): what is
 * due on each matter, so staff queries (deadlines, overdue reports, key events not yet told, pending authorisations,
 * originals held, corrective actions) are simple range queries over one collection.
 */
@Component
@ProcessingGroup("matters")
class MatterWorkProjection {

    private final ReadModelStore store;

    MatterWorkProjection(ReadModelStore store) {
        this.store = store;
    }

    @EventHandler
    void on(WorkPlanDrafted e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            v.workPlanVersion = e.version();
            v.openItems.clear();
            e.items().stream().filter(i -> !v.completedItemIds.contains(i.itemId()))
                    .forEach(i -> v.openItems.add(new Deadline(i.itemId(), i.kind(), i.title(), i.owner(), i.dueOn())));
            deadlinesChanged(v);
        });
    }

    @EventHandler
    void on(WorkPlanConfirmed e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> v.workPlanConfirmedVersion = e.version());
    }

    @EventHandler
    void on(PlanItemCompleted e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            v.completedItemIds.add(e.itemId());
            v.openItems.removeIf(i -> i.itemId().equals(e.itemId()));
            deadlinesChanged(v);
        });
    }

    @EventHandler
    void on(ReportingCadenceAgreed e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            v.reportCadence = e.cadence();
            v.reportEveryDays = e.everyDays();
            v.nextReportDueOn = v.lastReportOn == null ? e.firstReportDue() : after(v, v.lastReportOn);
        });
    }

    @EventHandler
    void on(ProgressReportSent e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            v.lastReportOn = e.sentOn();
            v.nextReportDueOn = v.reportCadence == null ? null : after(v, e.sentOn());
        });
    }

    @EventHandler
    void on(KeyEventRecorded e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            v.keyEventsOutstanding.add(new KeyEventDue(e.keyEventId(), e.kind(), e.description(), e.communicateBy()));
            keyEventsChanged(v);
        });
    }

    @EventHandler
    void on(KeyEventCommunicated e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            v.keyEventsOutstanding.removeIf(k -> k.keyEventId().equals(e.keyEventId()));
            keyEventsChanged(v);
        });
    }

    @EventHandler
    void on(ClientAuthorizationRequested e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> v.pendingAuthorizations++);
    }

    @EventHandler
    void on(ClientAuthorizationAnswered e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> v.pendingAuthorizations--);
    }

    @EventHandler
    void on(MaterialReceived e, @SequenceNumber long seq) {
        if (e.original()) {
            change(e.matterId(), seq, v -> {
                v.originalsHeld.add(e.materialId());
                v.originalsInCustody = v.originalsHeld.size();
            });
        }
    }

    @EventHandler
    void on(MaterialReturnedToClient e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> released(v, e.materialId()));
    }

    @EventHandler
    void on(MaterialRetentionAgreed e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> released(v, e.materialId()));
    }

    @EventHandler
    void on(QualityReviewRecorded e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            e.actions().forEach(a -> v.openCorrectiveActions.add(new ActionDue(e.reviewId(), a.actionId(), a.action(),
                    a.owner(), a.dueOn())));
            actionsChanged(v);
        });
    }

    @EventHandler
    void on(CorrectiveActionCompleted e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> {
            v.openCorrectiveActions.removeIf(a -> a.reviewId().equals(e.reviewId()) && a.actionId().equals(e.actionId()));
            actionsChanged(v);
        });
    }

    @EventHandler
    void on(ClientFeedbackRecorded e, @SequenceNumber long seq) {
        change(e.matterId(), seq, v -> v.lastFeedbackScore = e.score());
    }

    /** An original returned to the client, or kept with their agreement, no longer counts as held. */
    private static void released(MatterView v, String materialId) {
        v.originalsHeld.remove(materialId);
        v.originalsInCustody = v.originalsHeld.size();
    }

    private static LocalDate after(MatterView v, LocalDate last) {
        return v.reportCadence == ReportCadence.MONTHLY ? last.plusMonths(1) : last.plusDays(v.reportEveryDays);
    }

    private static void deadlinesChanged(MatterView v) {
        v.nextDeadline = v.openItems.stream().map(Deadline::dueOn).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static void keyEventsChanged(MatterView v) {
        v.keyEventsUntold = v.keyEventsOutstanding.size();
        // whole seconds, so the stored text sorts as the instant does (see MatterFilter)
        v.nextKeyEventDue = v.keyEventsOutstanding.stream().map(KeyEventDue::communicateBy)
                .min(Comparator.naturalOrder()).map(t -> t.truncatedTo(ChronoUnit.SECONDS)).orElse(null);
    }

    private static void actionsChanged(MatterView v) {
        v.nextCorrectiveActionDue = v.openCorrectiveActions.stream().map(ActionDue::dueOn)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private void change(String matterId, long seq, Consumer<MatterView> change) {
        store.change(MatterProjection.COLLECTION, matterId, seq, MatterView.class, change);
    }
}
