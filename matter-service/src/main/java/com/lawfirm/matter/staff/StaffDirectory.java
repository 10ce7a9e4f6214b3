package com.lawfirm.matter.staff;

import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Looks staff members up for the rest of matter-service, which staffs matters from the directory. */
@Component
public class StaffDirectory {

    private final ReadModelStore store;

    StaffDirectory(ReadModelStore store) {
        this.store = store;
    }

    public Optional<StaffView> find(String staffId) {
        return store.get(StaffProjection.COLLECTION, staffId, StaffView.class);
    }
}
