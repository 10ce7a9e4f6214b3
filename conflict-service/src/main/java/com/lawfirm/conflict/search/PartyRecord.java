package com.lawfirm.conflict.search;

import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;

import java.util.List;

/** A person or organisation as some record names it: name, aliases, former names, identifiers. */
public record PartyRecord(PartyKind kind, String name, List<String> aliases, List<String> formerNames,
                          List<PartyIdentifier> identifiers) {

    public PartyRecord {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
