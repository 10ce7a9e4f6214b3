package com.lawfirm.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Request bodies built as JSON trees rather than formatted strings, so that names with any character are escaped
 * correctly. Dates, instants and enums are written as their ISO text, as the services read them.
 */
final class Json {

    /** Amounts are read exactly (an invoice's gross is paid to the cent), never through a double. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    /** An object from name/value pairs; a null value leaves the field out, as an optional field would be. */
    static ObjectNode obj(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        ObjectNode object = MAPPER.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                object.set((String) namesAndValues[i], node(namesAndValues[i + 1]));
            }
        }
        return object;
    }

    static JsonNode node(Object value) {
        if (value == null) {
            return NullNode.instance;
        } else if (value instanceof JsonNode node) {
            return node;
        } else if (value instanceof Integer i) {
            return IntNode.valueOf(i);
        } else if (value instanceof Long l) {
            return LongNode.valueOf(l);
        } else if (value instanceof BigDecimal d) {
            // never 4.24E+3: a read tree strips trailing zeros, and amounts are written plain, as people write them
            return DecimalNode.valueOf(d.scale() < 0 ? d.setScale(0) : d);
        } else if (value instanceof Boolean b) {
            return BooleanNode.valueOf(b);
        } else if (value instanceof Collection<?> values) {
            ArrayNode array = MAPPER.createArrayNode();
            values.forEach(v -> array.add(node(v)));
            return array;
        }
        return TextNode.valueOf(value.toString());
    }
}
