package com.lawfirm.kit.readmodel;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The shadow copies of projections being rebuilt. While a projection replays, everything its handlers read and write
 * goes to {@code <collection>__shadow}, so queries keep being answered from the current copy; when the replay has
 * caught up, the shadow replaces the current copy in the transaction of the event that caught it up (or, replayed by
 * several segments, once all have caught up).
 */
public class ShadowCopies {

    public static final String SUFFIX = "__shadow";

    /** Whether the event store's replay (tracking) or a Kafka topic's (from the first offset) fills the copy. */
    public enum Source { EVENT_STORE, KAFKA }

    /**
     * A rebuild under way: the projection's own collections, named by its reset handler when it empties them. Only
     * those are shadowed; whatever else its handlers read (another projection's read model) they read as it is.
     */
    public static final class Rebuild {
        final Set<String> collections = ConcurrentHashMap.newKeySet();
        final Source source;
        /**
         * How many segments replay the projection. One replays in order, so the shadow takes over in the transaction of
         * the last replayed event; with more, each finishes on its own and the take-over waits for the last of them.
         */
        final int segments;
        /**
         * Replayed by several segments: each batch holds it shared while it is handled, the take-over alone, so a
         * batch is handled all before the take-over or all after it.
         */
        final ReadWriteLock handling = new ReentrantReadWriteLock();
        volatile boolean resetting = true;
        /** The position of the last event before the reset that the projection handles: the shadow takes over there. */
        volatile long lastToReplay = Long.MAX_VALUE;

        /**
         * The first event the replay passed over, committed without it because a handler failed on it (and the
         * processor's error handler logged the failure and went on): the shadow lacks what it would have written.
         */
        private volatile String passedOver;

        Rebuild(Source source, int segments) {
            this.source = source;
            this.segments = segments;
        }

        public Source source() {
            return source;
        }

        public int segments() {
            return segments;
        }

        public ReadWriteLock handling() {
            return handling;
        }

        public long lastToReplay() {
            return lastToReplay;
        }

        /** Shadows {@code collection}, as the projection's reset handler does when it empties it through the store. */
        public void shadow(String collection) {
            collections.add(collection);
        }

        /** The shadow takes over once the replay has handled {@code position}. */
        public void replayUntil(long position) {
            lastToReplay = position;
        }

        /**
         * Runs once the rebuild is over: in the take-over's transaction after the swap, or when a rebuild from Kafka is
         * given up, after its shadow copies were emptied. The rebuild removes its mark.
         */
        private volatile Runnable whenOver = () -> { };

        public void whenOver(Runnable hook) {
            whenOver = hook;
        }

        public void passedOver(String event) {
            if (passedOver == null) {
                passedOver = event;
            }
        }

        /** The event a handler failed on, passed over in a committed batch; null while the replay lacks nothing. */
        public String passedOver() {
            return passedOver;
        }

        /** Each of the projection's collections replaced by its shadow, in the caller's transaction. */
        public void takeOver(ReadModelStore store) {
            collections.forEach(collection -> store.replace(collection, collection + SUFFIX));
            whenOver.run();
        }

        /**
         * A rebuild given up once nothing handles into its shadows any more (from Kafka, on its consumer thread; by
         * segments, after the batches under way; by one segment, in the batch's transaction): the shadows are emptied,
         * then the mark goes, so the next start of the service does not take it up again (if emptying fails, the mark
         * stays and the next start's rebuild empties them). The current copy stays.
         */
        public void giveUp(ReadModelStore store) {
            collections.forEach(collection -> store.clear(collection + SUFFIX));
            whenOver.run();
        }
    }

    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ThreadLocal<Rebuild> working = new ThreadLocal<>();
    private volatile boolean stopping;
    private final Map<String, String> givenUp = new ConcurrentHashMap<>();

    public Rebuild begin(String projection, Source source) {
        return begin(projection, source, 1);
    }

    public Rebuild begin(String projection, Source source, int segments) {
        givenUp.remove(projection);
        Rebuild rebuild = new Rebuild(source, segments);
        rebuilds.put(projection, rebuild);
        return rebuild;
    }

    /** The reset is done: the shadowed collections are known, the replay begins. */
    public void replaying(String projection) {
        of(projection).ifPresent(rebuild -> rebuild.resetting = false);
    }

    public boolean rebuilding(String projection) {
        return rebuilds.containsKey(projection);
    }

    public Optional<Rebuild> of(String projection) {
        return Optional.ofNullable(rebuilds.get(projection));
    }

    public void finished(String projection, Rebuild rebuild) {
        rebuilds.remove(projection, rebuild);
    }

    /** The projection's rebuild was given up, for the reason given: shown with its status until the next begins. */
    public void gaveUp(String projection, String why) {
        givenUp.put(projection, why);
    }

    public Optional<String> givenUp(String projection) {
        return Optional.ofNullable(givenUp.get(projection));
    }

    /** Runs {@code work} with every read and write of this thread going to the projection's shadow copies. */
    public <T> T inShadowOf(String projection, Supplier<T> work) {
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

    /** Whether this thread works for a rebuild (a Kafka consumer then records what it handled apart, too). */
    public boolean shadowing() {
        return working.get() != null;
    }

    /** The rebuild this thread works for, if any. */
    public Optional<Rebuild> working() {
        return Optional.ofNullable(working.get());
    }

    /**
     * The service stops (true): no shadow fed by the event store takes over and no such rebuild is given up from now
     * on, so that a rebuild the stop interrupts keeps its mark and starts again with the service. A handler cut short by
     * the stop fails, and its batch may still commit without it: a copy taking over then would lack that event's work
     * for good. (A rebuild from Kafka is stopped with its consumer, which keeps the mark too.)
     */
    public void stopping(boolean stops) {
        stopping = stops;
    }

    public boolean isStopping() {
        return stopping;
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
