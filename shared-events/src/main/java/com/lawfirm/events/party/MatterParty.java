package com.lawfirm.events.party;

import com.lawfirm.events.privacy.PersonalData;
import java.util.List;

/** Someone on a matter, in a role, with the names and identifiers the conflict graph indexes. */
public record MatterParty(
        PartyRole role,
        PartyKind kind,
        @PersonalData(subject = {"clientId", "engagementId"}, onlyIf = "role=CLIENT")
        String name,
        @PersonalData(subject = {"clientId", "engagementId"}, onlyIf = "role=CLIENT")
        List<String> aliases,
        @PersonalData(subject = {"clientId", "engagementId"}, onlyIf = "role=CLIENT")
        List<PartyIdentifier> identifiers) {
}
