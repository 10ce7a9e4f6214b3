package com.lawfirm.matter.walls;

import com.lawfirm.events.billing.AccountAccessDenied;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Attempts through a wall that billing refused (its accounts, time and invoices), from billing's events on Kafka,
 * kept beside the matter's own so the wall's report lists every attempt wherever it was made.
 */
@Component
@ProcessingGroup("walls-billing")
class BillingDenials {

    static final String ATTEMPTS = "wall_denied_attempts_billing";

    private final ReadModelStore store;

    BillingDenials(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild re-reads billing's topic from its first offset into an emptied copy. */
    @ResetHandler
    void reset() {
        store.clear(ATTEMPTS);
    }

    @EventHandler
    void on(AccountAccessDenied e) {
        store.upsert(ATTEMPTS, e.attemptId(), 1, new WallProjection.Attempt(e.wallId(), e.matterId(), e.login(),
                "billing: " + e.attempted(), e.at()));
    }
}
