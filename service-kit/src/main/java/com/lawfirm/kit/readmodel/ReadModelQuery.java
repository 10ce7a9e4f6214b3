package com.lawfirm.kit.readmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Field criteria (equality and ranges on dotted paths), sort and paging over one collection.
 * Values are strings, numbers or booleans; ranges compare numbers numerically and strings in code-point order,
 * so date-times compared by range should be stored as epoch numbers or fixed-width ISO text.
 */
public final class ReadModelQuery {

    public enum Operator {
        EQ, GT, GTE, LT, LTE,
        /** the field is an array holding an element equal to the value */
        CONTAINS,
        /** the field (a string, or an array of strings) contains the value as a case-insensitive substring */
        TEXT
    }

    public record Criterion(String field, Operator operator, Object value) {
    }

    public record Sort(String field, boolean ascending) {
    }

    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    public static final int MAX_PAGE_SIZE = 500;

    private final List<Criterion> criteria = new ArrayList<>();
    private final List<Sort> sorts = new ArrayList<>();
    private int page;
    private int size = 50;

    public static ReadModelQuery all() {
        return new ReadModelQuery();
    }

    public ReadModelQuery eq(String field, Object value) {
        return add(field, Operator.EQ, value);
    }

    public ReadModelQuery contains(String field, Object value) {
        return add(field, Operator.CONTAINS, value);
    }

    public ReadModelQuery containsText(String field, String text) {
        return add(field, Operator.TEXT, text);
    }

    public ReadModelQuery gt(String field, Object value) {
        return add(field, Operator.GT, value);
    }

    public ReadModelQuery gte(String field, Object value) {
        return add(field, Operator.GTE, value);
    }

    public ReadModelQuery lt(String field, Object value) {
        return add(field, Operator.LT, value);
    }

    public ReadModelQuery lte(String field, Object value) {
        return add(field, Operator.LTE, value);
    }

    public ReadModelQuery sortAscending(String field) {
        sorts.add(new Sort(checked(field), true));
        return this;
    }

    public ReadModelQuery sortDescending(String field) {
        sorts.add(new Sort(checked(field), false));
        return this;
    }

    public ReadModelQuery page(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        this.page = page;
        this.size = size;
        return this;
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    public List<Sort> sorts() {
        return List.copyOf(sorts);
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    private ReadModelQuery add(String field, Operator operator, Object value) {
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw new IllegalArgumentException("criterion value must be a string, number or boolean: " + value);
        }
        criteria.add(new Criterion(checked(field), operator, value));
        return this;
    }

    /** Field paths end up in SQL and Mongo filters, so only plain dotted names are accepted. */
    private static String checked(String field) {
        if (field == null || !FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("not a field path: " + field);
        }
        return field;
    }
}
