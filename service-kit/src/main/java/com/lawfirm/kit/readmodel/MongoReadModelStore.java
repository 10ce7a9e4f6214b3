package com.lawfirm.kit.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read models in MongoDB (the production-like deployment): one Mongo collection per read model, the document's
 * fields at the top level beside {@code _id} and {@code _version}. The version guard is a filtered upsert: when a
 * newer copy exists the filter misses, the insert collides on {@code _id}, and nothing is written.
 */
public class MongoReadModelStore implements ReadModelStore {

    private static final String ID = "_id";
    private static final String VERSION = "_version";

    private final MongoDatabase database;
    private final ObjectMapper json;

    public MongoReadModelStore(MongoDatabase database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    @Override
    public boolean upsert(String collection, String id, long version, Object document) {
        Document doc = Document.parse(write(document));
        doc.put(ID, id);
        doc.put(VERSION, version);
        try {
            var result = database.getCollection(collection).replaceOne(
                    Filters.and(Filters.eq(ID, id), Filters.lt(VERSION, version)), doc, new ReplaceOptions().upsert(true));
            return result.getModifiedCount() == 1 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean overwrite(String collection, String id, long version, Object document) {
        Document doc = Document.parse(write(document));
        doc.put(ID, id);
        doc.put(VERSION, version);
        return database.getCollection(collection)
                .replaceOne(Filters.and(Filters.eq(ID, id), Filters.eq(VERSION, version)), doc).getMatchedCount() == 1;
    }

    @Override
    public <T> Optional<T> get(String collection, String id, Class<T> type) {
        return Optional.ofNullable(database.getCollection(collection).find(Filters.eq(ID, id)).first())
                .map(doc -> read(doc, type));
    }

    @Override
    public long version(String collection, String id) {
        Document doc = database.getCollection(collection).find(Filters.eq(ID, id))
                .projection(new Document(VERSION, 1)).first();
        return doc == null ? -1 : doc.get(VERSION, Number.class).longValue();
    }

    @Override
    public <T> Page<T> find(String collection, ReadModelQuery query, Class<T> type) {
        MongoCollection<Document> docs = database.getCollection(collection);
        Bson filter = filter(query);
        List<Bson> sorts = new ArrayList<>();
        for (ReadModelQuery.Sort sort : query.sorts()) {
            sorts.add(sort.ascending() ? Sorts.ascending(sort.field()) : Sorts.descending(sort.field()));
        }
        sorts.add(Sorts.ascending(ID));
        List<T> items = new ArrayList<>();
        docs.find(filter).sort(Sorts.orderBy(sorts)).skip(query.page() * query.size()).limit(query.size())
                .forEach(doc -> items.add(read(doc, type)));
        return new Page<>(items, query.page(), query.size(), docs.countDocuments(filter));
    }

    @Override
    public boolean delete(String collection, String id) {
        return database.getCollection(collection).deleteOne(Filters.eq(ID, id)).getDeletedCount() == 1;
    }

    @Override
    public void clear(String collection) {
        database.getCollection(collection).deleteMany(new Document());
    }

    /**
     * A rename over the old collection: readers see the old documents or the new ones, never a mix. The rename is not
     * part of the caller's transaction; a take-over retried after a rollback finds no shadow left and leaves the
     * collection as the first one made it. (So a rebuild that wrote nothing at all to a collection leaves its old
     * documents in MongoDB.)
     */
    @Override
    public void replace(String collection, String with) {
        if (database.listCollectionNames().into(new java.util.ArrayList<>()).contains(with)) {
            database.getCollection(with).renameCollection(new com.mongodb.MongoNamespace(database.getName(), collection),
                    new com.mongodb.client.model.RenameCollectionOptions().dropTarget(true));
        }
    }

    private static Bson filter(ReadModelQuery query) {
        List<Bson> filters = new ArrayList<>();
        for (ReadModelQuery.Criterion c : query.criteria()) {
            filters.add(switch (c.operator()) {
                case EQ, CONTAINS -> Filters.eq(c.field(), c.value());
                case TEXT -> Filters.regex(c.field(), java.util.regex.Pattern.quote(c.value().toString()), "i");
                case GT -> Filters.gt(c.field(), c.value());
                case GTE -> Filters.gte(c.field(), c.value());
                case LT -> Filters.lt(c.field(), c.value());
                case LTE -> Filters.lte(c.field(), c.value());
            });
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    private String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (Exception e) {
            throw new IllegalArgumentException("read model document cannot be written as JSON", e);
        }
    }

    private <T> T read(Document doc, Class<T> type) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>(doc);
        fields.remove(ID);
        fields.remove(VERSION);
        return json.convertValue(fields, type);
    }
}
