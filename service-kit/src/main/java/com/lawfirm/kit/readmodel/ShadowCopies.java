package com.lawfirm.kit.readmodel;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The shadow copies of projections being rebuilt. While a projection replays, everything its handlers read and write
 * goes to {@code <collection>__shadow}, so queries keep being answered from the current copy; when the replay has
 * caught up, the shadow replaces the current copy in the transaction of the event that caught it up.
 */
public class ShadowCopies {

    static final String SUFFIX = "__shadow";

    /**
     * A rebuild under way: the projection's own collections, named by its reset handler when it empties them. Only
     * those are shadowed; whatever else its handlers read (another projection's read model) they read as it is.
     */
    static final class Rebuild {
        final Set<String> collections = ConcurrentHashMap.newKeySet();
        volatile boolean resetting = true;
    }

    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ThreadLocal<Rebuild> working = new ThreadLocal<>();

    void begin(String projection) {
        rebuilds.put(projection, new Rebuild());
    }

    /** The reset is done: the shadowed collections are known, the replay begins. */
    void replaying(String projection) {
        of(projection).ifPresent(rebuild -> rebuild.resetting = false);
    }

    boolean rebuilding(String projection) {
        return rebuilds.containsKey(projection);
    }

    Optional<Rebuild> of(String projection) {
        return Optional.ofNullable(rebuilds.get(projection));
    }

    void finished(String projection, Rebuild rebuild) {
        rebuilds.remove(projection, rebuild);
    }

    /** Runs {@code work} with every read and write of this thread going to the projection's shadow copies. */
    <T> T inShadowOf(String projection, Supplier<T> work) {
        Rebuild rebuild = rebuilds.get(projection);
        if (rebuild == null) {
            return work.get();
        }
        Rebuild before = working.get();
        working.set(rebuild);
        try {
            return work.get();
        } finally {
            if (before == null) {
                working.remove();
            } else {
                working.set(before);
            }
        }
    }

    /** The collection this thread really works on: its shadow while this thread rebuilds it, else the collection. */
    String physical(String collection) {
        Rebuild rebuild = working.get();
        if (rebuild == null) {
            return collection;
        }
        if (rebuild.resetting) {
            rebuild.collections.add(collection);
        }
        return rebuild.collections.contains(collection) ? collection + SUFFIX : collection;
    }
}
