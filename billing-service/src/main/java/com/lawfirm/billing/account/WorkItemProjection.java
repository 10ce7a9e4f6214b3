package com.lawfirm.billing.account;

import com.lawfirm.events.billing.ExpenseRecorded;
import com.lawfirm.events.billing.InvoiceDrafted;
import com.lawfirm.events.billing.TimeRecorded;
import com.lawfirm.events.billing.WorkApproved;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps every time entry and expense, one document each; work in progress is read from it. */
@Component
@ProcessingGroup("work-items")
class WorkItemProjection {

    static final String COLLECTION = "billing_work_items";

    private final ReadModelStore store;

    WorkItemProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(TimeRecorded e, @SequenceNumber long seq) {
        WorkItemView v = item(e.entryId(), e.matterId(), "TIME", e.billable(), e.amount());
        v.lawyer = e.lawyer();
        v.date = e.workDate();
        v.units = e.units();
        v.rate = e.rate();
        v.description = e.activity() + (e.narrative() == null || e.narrative().isBlank() ? "" : ": " + e.narrative());
        store.upsert(COLLECTION, e.entryId(), seq, v);
    }

    @EventHandler
    void on(ExpenseRecorded e, @SequenceNumber long seq) {
        WorkItemView v = item(e.expenseId(), e.matterId(), "EXPENSE", e.billable(), e.amount());
        v.lawyer = e.recordedBy();
        v.date = e.incurredOn();
        v.description = e.category() + " (" + e.receiptReference() + ")";
        store.upsert(COLLECTION, e.expenseId(), seq, v);
    }

    @EventHandler
    void on(WorkApproved e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.itemId(), seq, WorkItemView.class, v -> {
            v.stage = "APPROVED";
            v.approvedBy = e.approvedBy();
        });
    }

    @EventHandler
    void on(InvoiceDrafted e, @SequenceNumber long seq) {
        e.lines().stream().filter(line -> line.itemId() != null && !AgreedFeeKeys.isAgreedFee(line.itemId())).forEach(line ->
                store.change(COLLECTION, line.itemId(), seq, WorkItemView.class, v -> {
                    v.stage = "BILLED";
                    v.billed = true;
                    v.invoiceId = e.invoiceId();
                }));
    }

    private static WorkItemView item(String id, String matterId, String kind, boolean billable,
                                     java.math.BigDecimal amount) {
        WorkItemView v = new WorkItemView();
        v.itemId = id;
        v.matterId = matterId;
        v.kind = kind;
        v.billable = billable;
        v.amount = amount;
        v.stage = "RECORDED";
        return v;
    }
}
