package com.lawfirm.events.matter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/** Revision 1 of {@link MatterOpened} had no amount in dispute: such matters are read with none. */
public class MatterOpenedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(MatterOpened.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(MatterOpened.class.getName(), "2"),
                JsonNode.class, MatterOpenedUpcaster::toRevision2);
    }

    /** The change itself, kept apart so the golden-file test applies exactly what the event store applies. */
    public static JsonNode toRevision2(JsonNode revision1) {
        ObjectNode upgraded = revision1.deepCopy();
        if (!upgraded.has("amountInDispute")) {
            upgraded.putNull("amountInDispute");
        }
        return upgraded;
    }
}
