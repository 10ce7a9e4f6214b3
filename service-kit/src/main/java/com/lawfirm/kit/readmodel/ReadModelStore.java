package com.lawfirm.kit.readmodel;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The one port through which projections keep read models and queries read them: a document store
 * with a version guard, so replays and redeliveries cannot move a document backwards.
 */
public interface ReadModelStore {

    /**
     * Stores {@code document} under {@code (collection, id)} when no copy exists or the stored copy's
     * version is lower than {@code version}.
     *
     * @return true when written, false when a copy at this version or later was already there
     */
    boolean upsert(String collection, String id, long version, Object document);

    <T> Optional<T> get(String collection, String id, Class<T> type);

    /** The stored version, or -1 when there is no document. */
    long version(String collection, String id);

    <T> Page<T> find(String collection, ReadModelQuery query, Class<T> type);

    boolean delete(String collection, String id);

    /** Removes every document of a collection (used when a projection is rebuilt). */
    void clear(String collection);

    /**
     * The documents of {@code collection} become those of {@code with}, which is left empty: a rebuilt copy taking
     * over. In the caller's transaction where the store has them.
     */
    void replace(String collection, String with);

    /**
     * Reads, changes and writes back one document under the version guard: the change is skipped
     * when the stored copy already reflects {@code version}.
     */
    default <T> boolean update(String collection, String id, long version, Class<T> type, UnaryOperator<T> change) {
        if (version(collection, id) >= version) {
            return false;
        }
        T current = get(collection, id, type).orElse(null);
        return upsert(collection, id, version, change.apply(current));
    }

    /** {@link #update} for mutable documents: {@code change} edits the stored document in place. */
    default <T> boolean change(String collection, String id, long version, Class<T> type, Consumer<T> change) {
        return update(collection, id, version, type, document -> {
            change.accept(document);
            return document;
        });
    }

    /**
     * Writes a document that is not derived from an event stream (a setting, a log entry kept by its own code) as the
     * next version of itself; concurrent writers of the same document are not its use.
     */
    default void put(String collection, String id, Object document) {
        upsert(collection, id, version(collection, id) + 1, document);
    }
}
