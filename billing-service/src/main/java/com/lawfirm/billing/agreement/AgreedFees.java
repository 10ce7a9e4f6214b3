package com.lawfirm.billing.agreement;

import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The fee terms the client signed, for pricing time and drafting invoices by them. */
@Component
public class AgreedFees {

    private final ReadModelStore store;

    AgreedFees(ReadModelStore store) {
        this.store = store;
    }

    public Optional<FeeQuote> of(String engagementId) {
        return agreement(engagementId).map(FeeAgreementView::quote);
    }

    /** The whole agreement made for {@code engagementId}, as billing recorded it. */
    public Optional<FeeAgreementView> agreement(String engagementId) {
        return engagementId == null ? Optional.empty()
                : store.get(FeeAgreementProjection.COLLECTION, engagementId, FeeAgreementView.class);
    }
}
