package com.lawfirm.conflict.search;

import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.kit.text.Names;

import java.util.ArrayList;
import java.util.List;

/** A person or organisation as some record names it: name, aliases, former names, identifiers. */
public record PartyRecord(PartyKind kind, String name, List<String> aliases, List<String> formerNames,
                          List<PartyIdentifier> identifiers) {

    public PartyRecord {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /**
     * What makes two records one party of the graph, identifiers first: a party with a known identifier is the same
     * party whatever it is called; else one of the same kind with the same normalised name.
     */
    List<String> identityKeys() {
        List<String> keys = new ArrayList<>();
        identifiers.forEach(identifier -> keys.add(identityKey(identifier)));
        keys.add("name:" + kind + ":" + NameAnalysis.of(kind, name).exact().iterator().next());
        return keys;
    }

    static String identityKey(PartyIdentifier identifier) {
        return "id:" + identifier.scheme() + ":" + Names.normalizeIdentifier(identifier.value());
    }
}
