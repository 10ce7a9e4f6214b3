package com.lawfirm.billing.account;

import com.lawfirm.events.matter.StaffMemberJoined;
import com.lawfirm.events.matter.StaffRole;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Each member of staff's role at the firm by login, from matter-service's events: the key to the standard rates. */
@Component
@ProcessingGroup("matter-teams")
class StaffRoles {

    static final String COLLECTION = "billing_staff_roles";

    record StaffMember(String login, String staffId, StaffRole role) {
    }

    private final ReadModelStore store;

    StaffRoles(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild re-reads the topics from their first offsets into an emptied copy. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    Optional<StaffRole> of(String login) {
        return store.get(COLLECTION, login, StaffMember.class).map(StaffMember::role);
    }

    @EventHandler
    void on(StaffMemberJoined e, @SequenceNumber long seq) {
        // revision 1 staff had no login: nobody can record time as them
        if (e.login() != null) {
            store.upsert(COLLECTION, e.login(), seq, new StaffMember(e.login(), e.staffId(), e.role()));
        }
    }
}
