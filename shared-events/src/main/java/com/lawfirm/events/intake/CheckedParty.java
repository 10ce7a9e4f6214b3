package com.lawfirm.events.intake;

import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.privacy.PersonalData;

import java.util.List;

/** A party named for the conflict search, with whatever is known of its names and identifiers. */
public record CheckedParty(
        CheckRole role,
        PartyKind kind,
        @PersonalData(subject = "inquiryId", onlyIf = "role=PROSPECTIVE_CLIENT") String name,
        @PersonalData(subject = "inquiryId", onlyIf = "role=PROSPECTIVE_CLIENT") List<String> aliases,
        @PersonalData(subject = "inquiryId", onlyIf = "role=PROSPECTIVE_CLIENT") List<PartyIdentifier> identifiers) {
}
