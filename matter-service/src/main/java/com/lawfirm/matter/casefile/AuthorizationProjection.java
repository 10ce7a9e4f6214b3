package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.AuthorizedActionRecorded;
import com.lawfirm.events.matter.ClientAuthorizationAnswered;
import com.lawfirm.events.matter.ClientAuthorizationRequested;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps the client authorisations, one document per request; "pending authorisations" reads from it. */
@Component
@ProcessingGroup("authorizations")
class AuthorizationProjection {

    static final String COLLECTION = "matter_authorizations";

    private final ReadModelStore store;

    AuthorizationProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(ClientAuthorizationRequested e, @SequenceNumber long seq) {
        AuthorizationView v = new AuthorizationView();
        v.authorizationId = e.authorizationId();
        v.matterId = e.matterId();
        v.decision = e.decision();
        v.question = e.question();
        v.options.addAll(e.options());
        v.recommendation = e.recommendation();
        v.requestedBy = e.requestedBy();
        v.requestedOn = e.requestedOn();
        v.status = "PENDING";
        store.upsert(COLLECTION, e.authorizationId(), seq, v);
    }

    @EventHandler
    void on(ClientAuthorizationAnswered e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.authorizationId(), seq, AuthorizationView.class, v -> {
            v.status = e.approved() ? "APPROVED" : "DECLINED";
            v.chosenOption = e.chosenOption();
            v.channel = e.channel();
            v.evidenceReference = e.evidenceReference();
            v.answeredOn = e.answeredOn();
        });
    }

    @EventHandler
    void on(AuthorizedActionRecorded e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.authorizationId(), seq, AuthorizationView.class, v -> {
            v.status = "USED";
            v.action = e.description();
            v.actionTakenOn = e.takenOn();
        });
    }
}
