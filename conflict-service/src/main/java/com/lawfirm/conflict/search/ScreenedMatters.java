package com.lawfirm.conflict.search;

import com.lawfirm.events.matter.EthicalWallErected;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ethical walls (from matter-service's events) as conflict searches need them: which matter numbers a member of
 * staff is screened from, and whom to ask instead. A waiver's wall names the inquiry; the matter opened from it is
 * screened once it has its number.
 */
@Component
@ProcessingGroup("walls")
public class ScreenedMatters {

    static final String WALLS = "conflict_walls";
    static final String MATTERS = "conflict_matter_numbers";

    record Wall(String wallId, String matterId, String inquiryId, List<String> screened, String erectedBy) {
    }

    record MatterNumber(String matterId, String matterNumber, String inquiryId) {
    }

    private final ReadModelStore store;

    ScreenedMatters(ReadModelStore store) {
        this.store = store;
    }

    @ResetHandler
    void reset() {
        store.clear(WALLS);
        store.clear(MATTERS);
    }

    @EventHandler
    void on(EthicalWallErected e) {
        store.upsert(WALLS, e.wallId(), 1, new Wall(e.wallId(), e.matterId(), e.inquiryId(), e.screened(), e.erectedBy()));
    }

    @EventHandler
    void on(MatterOpened e) {
        store.upsert(MATTERS, e.matterId(), 1, new MatterNumber(e.matterId(), e.matterNumber(), e.inquiryId()));
    }

    /**
     * The matter numbers (and the open inquiries a waiver's wall names) this login is screened from, each with whom
     * to ask about it. Logins are compared as walls store them: stripped and lower case.
     */
    public Map<String, String> of(String login) {
        Map<String, String> screened = new LinkedHashMap<>();
        for (Wall wall : store.find(WALLS, ReadModelQuery.all().contains("screened", login)
                .page(0, ReadModelQuery.MAX_PAGE_SIZE), Wall.class).items()) {
            List<MatterNumber> matters = new ArrayList<>();
            if (wall.matterId() != null) {
                store.get(MATTERS, wall.matterId(), MatterNumber.class).ifPresent(matters::add);
            }
            if (wall.inquiryId() != null) {
                screened.put(wall.inquiryId(), wall.erectedBy());
                matters.addAll(store.find(MATTERS, ReadModelQuery.all().eq("inquiryId", wall.inquiryId()).page(0, 10),
                        MatterNumber.class).items());
            }
            matters.forEach(m -> screened.put(m.matterNumber(), wall.erectedBy()));
        }
        return screened;
    }
}
