package com.lawfirm.matter.staff;

import com.lawfirm.events.matter.StaffRole;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
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

    /** Everyone who can lead or work on a matter as a lawyer: lawyers and partners. */
    public List<StaffView> practisingLawyers() {
        List<StaffView> lawyers = new ArrayList<>();
        for (StaffRole role : List.of(StaffRole.LAWYER, StaffRole.PARTNER)) {
            lawyers.addAll(store.find(StaffProjection.COLLECTION, ReadModelQuery.all().eq("role", role.name())
                    .sortAscending("name").page(0, ReadModelQuery.MAX_PAGE_SIZE), StaffView.class).items());
        }
        return lawyers;
    }
}
