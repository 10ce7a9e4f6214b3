package com.lawfirm.billing.account;

import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.stereotype.Component;

/** A matter's account for the rest of billing-service, read only by callers who may see the matter. */
@Component
public class Accounts {

    private final ReadModelStore store;
    private final AccountAccess access;

    Accounts(ReadModelStore store, AccountAccess access) {
        this.store = store;
        this.access = access;
    }

    /** The engagement a matter's account was opened from, once the account is in the read model. */
    public java.util.Optional<String> engagementOf(String matterId) {
        return store.get(AccountProjection.COLLECTION, matterId, AccountView.class).map(a -> a.engagementId);
    }

    public AccountView readable(String matterId) {
        access.requireReadable(matterId);
        return store.get(AccountProjection.COLLECTION, matterId, AccountView.class)
                .orElseThrow(() -> new NotFoundException("matter account", matterId));
    }
}
