package com.lawfirm.events.intake;

import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;

import java.util.List;

/** A party named for the conflict search, with whatever is known of its names and identifiers. */
public record CheckedParty(CheckRole role, PartyKind kind, String name, List<String> aliases,
                           List<PartyIdentifier> identifiers) {
}
