package com.lawfirm.events.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lawfirm.events.AddedFieldsUpcaster;

/**
 * Revision 1 of {@link ConflictCheckCompleted} knew no absolute conflicts and no dates or lead lawyer of the matters
 * its hits lead to: such checks are read with none.
 */
public class ConflictCheckCompletedUpcaster extends AddedFieldsUpcaster {

    public ConflictCheckCompletedUpcaster() {
        super(ConflictCheckCompleted.class, "1", "2", "absoluteConflicts");
    }

    @Override
    public JsonNode upgrade(JsonNode older) {
        JsonNode upgraded = super.upgrade(older);
        for (JsonNode hit : upgraded.path("hits")) {
            for (JsonNode matter : hit.path("matters")) {
                for (String field : new String[] {"openedOn", "closedOn", "leadLawyer"}) {
                    if (!matter.has(field)) {
                        ((ObjectNode) matter).putNull(field);
                    }
                }
            }
        }
        return upgraded;
    }
}
