package com.lawfirm.billing.account;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * An erased client's matter accounts keep their time, invoices and payments without its name, as a replay now reads
 * them. Nothing else writes an account this long after its matter closed, so its version stays. From intake's topic.
 */
@Component
@ProcessingGroup("billing-erasure")
class AccountErasure {

    private final ReadModelStore store;

    AccountErasure(ReadModelStore store) {
        this.store = store;
    }

    @EventHandler
    void on(ClientPersonalDataErased e) {
        List<AccountView> accounts = new ArrayList<>(store.findAll(AccountProjection.COLLECTION,
                ReadModelQuery.all().eq("clientId", e.clientId()), AccountView.class));
        // an account of a prospect never registered names the engagement, not the client
        e.subjects().forEach(engagementId -> accounts.addAll(store.findAll(AccountProjection.COLLECTION,
                ReadModelQuery.all().eq("engagementId", engagementId), AccountView.class)));
        accounts.forEach(account -> store.rewrite(AccountProjection.COLLECTION, account.matterId, AccountView.class,
                v -> v.clientName = PersonalData.ERASED));
    }
}
