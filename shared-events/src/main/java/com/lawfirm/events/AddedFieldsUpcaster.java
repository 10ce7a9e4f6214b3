package com.lawfirm.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.List;

/**
 * The usual step between two revisions of an event: fields were added, and an older event is read with them empty.
 * One subclass per such step, beside the event it upgrades.
 */
public abstract class AddedFieldsUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final List<String> fields;

    protected AddedFieldsUpcaster(Class<?> event, String fromRevision, String toRevision, String... fields) {
        this.from = new SimpleSerializedType(event.getName(), fromRevision);
        this.to = new SimpleSerializedType(event.getName(), toRevision);
        this.fields = List.of(fields);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, this::upgrade);
    }

    /** The change itself, public so the golden-file test applies exactly what the event store applies. */
    public JsonNode upgrade(JsonNode older) {
        ObjectNode upgraded = older.deepCopy();
        fields.stream().filter(field -> !upgraded.has(field)).forEach(upgraded::putNull);
        return upgraded;
    }
}
