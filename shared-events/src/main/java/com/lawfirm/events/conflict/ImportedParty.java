package com.lawfirm.events.conflict;

import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;

import java.util.List;

/** A party as a legacy record names it; the role is set for parties of matters only. */
public record ImportedParty(PartyRole role, PartyKind kind, String name, List<String> aliases, List<String> formerNames,
                           List<PartyIdentifier> identifiers) {
}
