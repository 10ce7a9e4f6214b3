package com.lawfirm.matter.staff;

import com.lawfirm.events.matter.StaffDisclosureRecorded;
import com.lawfirm.events.matter.StaffMemberJoined;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps the staff directory, one document per staff member. */
@Component
@ProcessingGroup("staff")
class StaffProjection {

    static final String COLLECTION = "staff";

    private final ReadModelStore store;

    StaffProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(StaffMemberJoined e, @SequenceNumber long seq) {
        StaffView v = new StaffView();
        v.staffId = e.staffId();
        v.name = e.name();
        v.login = e.login();
        v.role = e.role();
        v.practiceAreas.addAll(e.practiceAreas());
        v.expertise.addAll(e.expertise());
        v.licenceNumber = e.licenceNumber();
        v.joinedOn = e.joinedOn();
        store.upsert(COLLECTION, e.staffId(), seq, v);
    }

    @EventHandler
    void on(StaffDisclosureRecorded e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.staffId(), seq, StaffView.class,
                v -> v.disclosures.add(new StaffView.Disclosure(e.kind(), e.name(), e.relationship())));
    }
}
