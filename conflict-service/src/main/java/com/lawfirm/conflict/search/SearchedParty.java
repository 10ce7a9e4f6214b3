package com.lawfirm.conflict.search;

import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;

import java.util.List;

/** A party to search for: its role in the prospective matter and whatever names and identifiers are known. */
public record SearchedParty(CheckRole role, PartyKind kind, String name, List<String> aliases,
                            List<PartyIdentifier> identifiers) {

    public SearchedParty {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
