package com.lawfirm.events.matter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lawfirm.events.AddedFieldsUpcaster;

/**
 * Revision 1 of {@link ClientReferralRecorded} did not name the inquiry the referral opens: it is read with the id
 * intake always gave it (the referred name stays as it was stored, in clear).
 */
public class ClientReferralRecordedUpcaster extends AddedFieldsUpcaster {

    public ClientReferralRecordedUpcaster() {
        super(ClientReferralRecorded.class, "1", "2");
    }

    @Override
    public JsonNode upgrade(JsonNode older) {
        ObjectNode upgraded = (ObjectNode) super.upgrade(older);
        if (!upgraded.hasNonNull("inquiryId") && upgraded.hasNonNull("referralId")) {
            upgraded.put("inquiryId", ClientReferralRecorded.inquiryIdOf(upgraded.get("referralId").asText()));
        }
        return upgraded;
    }
}
