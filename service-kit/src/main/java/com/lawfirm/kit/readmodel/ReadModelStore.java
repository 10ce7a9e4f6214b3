package com.lawfirm.kit.readmodel;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * Replaces a document that is still at {@code version}, keeping that version so the events of its own stream still
     * apply after it; false when it is gone or has moved on. For changes from outside the document's stream (an
     * erasure); {@link #rewriteWith} reads, changes and retries.
     */
    boolean overwrite(String collection, String id, long version, Object document);

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

    /**
     * Reads a document, changes it and writes it back at the same version, again if its stream moved it meanwhile;
     * false when there is none.
     */
    default <T> boolean rewriteWith(String collection, String id, Class<T> type, UnaryOperator<T> change) {
        for (int attempt = 0; attempt < 10; attempt++) {
            long version = version(collection, id);
            Optional<T> document = get(collection, id, type);
            if (version < 0 || document.isEmpty()) {
                return false;
            }
            if (overwrite(collection, id, version, change.apply(document.get()))) {
                return true;
            }
        }
        throw new IllegalStateException(collection + "/" + id + " kept changing while it was rewritten");
    }

    /** {@link #rewriteWith} for mutable documents: {@code change} edits the stored document in place. */
    default <T> boolean rewrite(String collection, String id, Class<T> type, Consumer<T> change) {
        return rewriteWith(collection, id, type, document -> {
            change.accept(document);
            return document;
        });
    }

    /** Every document the query finds, page after page (its own paging is replaced). */
    default <T> List<T> findAll(String collection, ReadModelQuery query, Class<T> type) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<T> found = find(collection, query.page(page, ReadModelQuery.MAX_PAGE_SIZE), type);
            all.addAll(found.items());
            if (found.items().isEmpty() || (long) (page + 1) * ReadModelQuery.MAX_PAGE_SIZE >= found.total()) {
                return all;
            }
        }
    }
}
