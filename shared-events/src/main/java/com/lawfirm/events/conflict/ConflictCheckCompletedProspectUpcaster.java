package com.lawfirm.events.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lawfirm.events.AddedFieldsUpcaster;

/**
 * Revision 2 of {@link ConflictCheckCompleted} did not say which open inquiry's prospect a hit was on: such hits are
 * read with none (and their stored names stay as they were stored).
 */
public class ConflictCheckCompletedProspectUpcaster extends AddedFieldsUpcaster {

    public ConflictCheckCompletedProspectUpcaster() {
        super(ConflictCheckCompleted.class, "2", "3");
    }

    @Override
    public JsonNode upgrade(JsonNode older) {
        JsonNode upgraded = super.upgrade(older);
        for (JsonNode hit : upgraded.path("hits")) {
            if (!hit.has("prospectInquiry")) {
                ((ObjectNode) hit).putNull("prospectInquiry");
            }
        }
        return upgraded;
    }
}
