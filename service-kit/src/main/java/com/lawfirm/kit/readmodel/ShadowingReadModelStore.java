package com.lawfirm.kit.readmodel;

import java.util.Optional;

/** The store as projections and queries see it: a rebuilding projection's own thread works on its shadow copies. */
public class ShadowingReadModelStore implements ReadModelStore {

    private final ReadModelStore store;
    private final ShadowCopies shadows;

    public ShadowingReadModelStore(ReadModelStore store, ShadowCopies shadows) {
        this.store = store;
        this.shadows = shadows;
    }

    @Override
    public boolean upsert(String collection, String id, long version, Object document) {
        return store.upsert(shadows.physical(collection), id, version, document);
    }

    @Override
    public boolean overwrite(String collection, String id, long version, Object document) {
        return store.overwrite(shadows.physical(collection), id, version, document);
    }

    @Override
    public <T> Optional<T> get(String collection, String id, Class<T> type) {
        return store.get(shadows.physical(collection), id, type);
    }

    @Override
    public long version(String collection, String id) {
        return store.version(shadows.physical(collection), id);
    }

    @Override
    public <T> Page<T> find(String collection, ReadModelQuery query, Class<T> type) {
        return store.find(shadows.physical(collection), query, type);
    }

    @Override
    public boolean delete(String collection, String id) {
        return store.delete(shadows.physical(collection), id);
    }

    @Override
    public void clear(String collection) {
        store.clear(shadows.physical(collection));
    }

    @Override
    public void replace(String collection, String with) {
        store.replace(collection, with);
    }
}
