package com.lawfirm.kit.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read models as JSONB documents in the service's own PostgreSQL database (table {@code read_model}).
 * Equality uses JSONB containment so the GIN index serves it; ranges and sorts compare JSONB values,
 * which orders numbers numerically and strings as text.
 */
public class PostgresReadModelStore implements ReadModelStore {

    private static final String UPSERT = """
            INSERT INTO read_model (collection, id, version, doc, updated_at) VALUES (?, ?, ?, ?::jsonb, now())
            ON CONFLICT (collection, id) DO UPDATE
               SET version = EXCLUDED.version, doc = EXCLUDED.doc, updated_at = now()
             WHERE read_model.version < EXCLUDED.version""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public PostgresReadModelStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean upsert(String collection, String id, long version, Object document) {
        return jdbc.update(UPSERT, collection, id, version, write(document)) == 1;
    }

    @Override
    public boolean overwrite(String collection, String id, long version, Object document) {
        return jdbc.update("UPDATE read_model SET doc = ?::jsonb, updated_at = now()"
                + " WHERE collection = ? AND id = ? AND version = ?", write(document), collection, id, version) == 1;
    }

    @Override
    public <T> Optional<T> get(String collection, String id, Class<T> type) {
        List<String> docs = jdbc.queryForList(
                "SELECT doc::text FROM read_model WHERE collection = ? AND id = ?", String.class, collection, id);
        return docs.stream().findFirst().map(doc -> read(doc, type));
    }

    @Override
    public long version(String collection, String id) {
        List<Long> versions = jdbc.queryForList(
                "SELECT version FROM read_model WHERE collection = ? AND id = ?", Long.class, collection, id);
        return versions.isEmpty() ? -1 : versions.get(0);
    }

    @Override
    public <T> Page<T> find(String collection, ReadModelQuery query, Class<T> type) {
        List<Object> args = new ArrayList<>();
        String where = where(collection, query, args);
        Long total = jdbc.queryForObject("SELECT count(*) FROM read_model" + where, Long.class, args.toArray());
        StringBuilder sql = new StringBuilder("SELECT doc::text FROM read_model").append(where).append(" ORDER BY ");
        for (ReadModelQuery.Sort sort : query.sorts()) {
            sql.append(path(sort.field())).append(sort.ascending() ? " ASC" : " DESC").append(" NULLS LAST, ");
        }
        sql.append("id LIMIT ? OFFSET ?");
        args.add(query.size());
        args.add((long) query.page() * query.size());
        List<T> items = jdbc.queryForList(sql.toString(), String.class, args.toArray()).stream()
                .map(doc -> read(doc, type)).toList();
        return new Page<>(items, query.page(), query.size(), total == null ? 0 : total);
    }

    @Override
    public boolean delete(String collection, String id) {
        return jdbc.update("DELETE FROM read_model WHERE collection = ? AND id = ?", collection, id) == 1;
    }

    @Override
    public void clear(String collection) {
        jdbc.update("DELETE FROM read_model WHERE collection = ?", collection);
    }

    @Override
    public void replace(String collection, String with) {
        jdbc.update("DELETE FROM read_model WHERE collection = ?", collection);
        jdbc.update("UPDATE read_model SET collection = ? WHERE collection = ?", collection, with);
    }

    private String where(String collection, ReadModelQuery query, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE collection = ?");
        args.add(collection);
        for (ReadModelQuery.Criterion criterion : query.criteria()) {
            if (criterion.operator() == ReadModelQuery.Operator.EQ) {
                where.append(" AND doc @> ?::jsonb");
                args.add(containment(criterion.field(), criterion.value()));
            } else if (criterion.operator() == ReadModelQuery.Operator.CONTAINS) {
                where.append(" AND doc @> ?::jsonb");
                args.add(containment(criterion.field(), java.util.List.of(criterion.value())));
            } else if (criterion.operator() == ReadModelQuery.Operator.TEXT) {
                // a string field, or any element of an array of strings
                where.append(" AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(CASE jsonb_typeof(")
                        .append(path(criterion.field())).append(") WHEN 'array' THEN ").append(path(criterion.field()))
                        .append(" ELSE jsonb_build_array(").append(path(criterion.field()))
                        .append(") END) AS e(v) WHERE lower(e.v) LIKE ? ESCAPE '\\')");
                args.add("%" + likeEscaped(criterion.value().toString().toLowerCase(java.util.Locale.ROOT)) + "%");
            } else {
                String cast = criterion.value() instanceof Number ? "numeric" : criterion.value() instanceof Boolean ? "boolean" : "text";
                // jsonb orders null below every string: compare like with like, as MongoDB's range queries do
                String type = "numeric".equals(cast) ? "number" : "boolean".equals(cast) ? "boolean" : "string";
                where.append(" AND jsonb_typeof(").append(path(criterion.field())).append(") = '").append(type).append('\'');
                where.append(" AND ").append(path(criterion.field())).append(' ').append(sql(criterion.operator()))
                        .append(" to_jsonb(?::").append(cast).append(')');
                args.add(criterion.value() instanceof Number ? criterion.value() : criterion.value().toString());
            }
        }
        return where.toString();
    }

    /** The field path is checked by {@link ReadModelQuery} to be plain dotted names, so inlining it is safe. */
    private static String path(String field) {
        return "(doc #> '{" + String.join(",", field.split("\\.")) + "}')";
    }

    private String containment(String field, Object value) {
        String[] parts = field.split("\\.");
        ObjectNode root = json.createObjectNode();
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], json.valueToTree(value));
        return root.toString();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String sql(ReadModelQuery.Operator operator) {
        return switch (operator) {
            case GT -> ">";
            case GTE -> ">=";
            case LT -> "<";
            case LTE -> "<=";
            default -> throw new IllegalArgumentException("not a comparison: " + operator);
        };
    }

    private String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("read model document cannot be written as JSON", e);
        }
    }

    private <T> T read(String doc, Class<T> type) {
        try {
            return json.readValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored read model does not match " + type.getName(), e);
        }
    }
}
