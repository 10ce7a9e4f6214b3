package com.lawfirm.events.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lawfirm.events.AddedFieldsUpcaster;

/**
 * Revision 3 of {@link ConflictCheckCompleted} wrote an affiliate hit's path as sentences naming the parties in clear:
 * each reads as an {@link AffiliationLink} whose relation is the sentence, with no names apart (they stay as stored);
 * its reason, which named the affiliate, reads without the name.
 */
public class ConflictCheckCompletedPathUpcaster extends AddedFieldsUpcaster {

    public ConflictCheckCompletedPathUpcaster() {
        super(ConflictCheckCompleted.class, "3", "4");
    }

    @Override
    public JsonNode upgrade(JsonNode older) {
        JsonNode upgraded = super.upgrade(older);
        for (JsonNode hit : upgraded.path("hits")) {
            if ("AFFILIATE".equals(hit.path("matchKind").asText()) && hit.path("matchedBecause").isTextual()) {
                ((ObjectNode) hit).put("matchedBecause", AffiliationLink.withoutName(hit.path("matchedBecause").asText()));
            }
            if (hit.path("path").isArray()) {
                ((ObjectNode) hit).set("path", AffiliationLink.fromSentences(hit.path("path")));
            }
        }
        return upgraded;
    }
}
