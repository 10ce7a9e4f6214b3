package com.lawfirm.billing.agreement;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** An erased client's fee agreements keep their terms without its name, as a replay now reads them. */
@Component
@ProcessingGroup("billing-erasure")
class AgreementErasure {

    private final ReadModelStore store;

    AgreementErasure(ReadModelStore store) {
        this.store = store;
    }

    /** Agreements are kept by engagement, and the client's engagements are among the erased subjects. */
    @EventHandler
    void on(ClientPersonalDataErased e) {
        for (String engagementId : e.subjects()) {
            store.rewriteWith(FeeAgreementProjection.COLLECTION, engagementId, FeeAgreementView.class, agreement ->
                    new FeeAgreementView(agreement.engagementId(), agreement.clientId(), PersonalData.ERASED,
                            agreement.quote(), agreement.signedOn()));
        }
    }
}
