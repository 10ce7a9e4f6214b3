package com.lawfirm.conflict.search;

import com.lawfirm.kit.readmodel.ReadModelStore;

import java.util.HashMap;
import java.util.Map;

/**
 * How far through each graph partition some instance has re-checked the firm's events, kept in the service's
 * database so it outlives any one index: a rebuild re-checks only what lies beyond it (events published while no
 * instance ran included), and no connection is looked for twice in vain.
 */
public class RecheckMarks {

    static final String COLLECTION = "conflict_recheck_marks";
    private static final String ID = "positions";

    /** The document: re-checked through, per partition (the next offset to re-check). */
    public static class Marks {
        public Map<String, Long> through = new HashMap<>();
    }

    private final ReadModelStore store;

    public RecheckMarks(ReadModelStore store) {
        this.store = store;
    }

    public Map<String, Long> load() {
        return store.get(COLLECTION, ID, Marks.class).map(m -> m.through).orElse(Map.of());
    }

    /** Moves the marks forward (never back: another instance may be further on). */
    public synchronized void advance(Map<String, Long> reached) {
        Marks marks = store.get(COLLECTION, ID, Marks.class).orElseGet(Marks::new);
        boolean moved = false;
        for (Map.Entry<String, Long> e : reached.entrySet()) {
            if (marks.through.getOrDefault(e.getKey(), -1L) < e.getValue()) {
                marks.through.put(e.getKey(), e.getValue());
                moved = true;
            }
        }
        if (moved) {
            store.put(COLLECTION, ID, marks);
        }
    }
}
