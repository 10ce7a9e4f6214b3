package com.lawfirm.events.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lawfirm.events.AddedFieldsUpcaster;

/**
 * Revision 1 of {@link PotentialConflictDiscovered} named no subject and wrote its path as sentences: it reads with
 * none, each sentence the relation of an {@link AffiliationLink} with no names apart (they stay as recorded).
 */
public class PotentialConflictDiscoveredUpcaster extends AddedFieldsUpcaster {

    public PotentialConflictDiscoveredUpcaster() {
        super(PotentialConflictDiscovered.class, "1", "2", "subjectId");
    }

    @Override
    public JsonNode upgrade(JsonNode older) {
        ObjectNode upgraded = (ObjectNode) super.upgrade(older);
        upgraded.set("path", AffiliationLink.fromSentences(upgraded.path("path")));
        return upgraded;
    }
}
