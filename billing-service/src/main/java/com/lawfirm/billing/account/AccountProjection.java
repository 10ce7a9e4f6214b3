package com.lawfirm.billing.account;

import com.lawfirm.events.billing.MatterAccountOpened;
import com.lawfirm.events.billing.MatterFeesSettled;
import com.lawfirm.events.billing.PaymentReceived;
import com.lawfirm.events.billing.RetainerReceived;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps each matter's account summary, one document per matter. */
@Component
@ProcessingGroup("account-view")
class AccountProjection {

    static final String COLLECTION = "billing_accounts";

    private final ReadModelStore store;

    AccountProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(MatterAccountOpened e, @SequenceNumber long seq) {
        AccountView v = new AccountView();
        v.matterId = e.matterId();
        v.matterNumber = e.matterNumber();
        v.engagementId = e.engagementId();
        v.clientId = e.clientId();
        v.clientName = e.clientName();
        v.currency = e.currency();
        store.upsert(COLLECTION, e.matterId(), seq, v);
    }

    @EventHandler
    void on(RetainerReceived e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.matterId(), seq, AccountView.class,
                v -> v.retainerBalance = v.retainerBalance.add(e.amount()));
    }

    @EventHandler
    void on(PaymentReceived e, @SequenceNumber long seq) {
        if (e.fromRetainer()) {
            store.change(COLLECTION, e.matterId(), seq, AccountView.class,
                    v -> v.retainerBalance = v.retainerBalance.subtract(e.total()));
        }
    }

    @EventHandler
    void on(MatterFeesSettled e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.matterId(), seq, AccountView.class, v -> v.settledOn = e.settledOn());
    }
}
