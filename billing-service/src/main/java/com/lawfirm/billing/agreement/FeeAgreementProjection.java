package com.lawfirm.billing.agreement;

import com.lawfirm.events.billing.FeeAgreementMade;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps the fee agreements, one document per engagement. */
@Component
@ProcessingGroup("fee-agreement-view")
class FeeAgreementProjection {

    static final String COLLECTION = "fee_agreements";

    private final ReadModelStore store;

    FeeAgreementProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(FeeAgreementMade e, @SequenceNumber long seq) {
        store.upsert(COLLECTION, e.engagementId(), seq, new FeeAgreementView(e.engagementId(), e.clientId(),
                e.clientName(), e.quote(), e.signedOn()));
    }
}
