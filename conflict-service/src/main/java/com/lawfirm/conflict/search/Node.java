package com.lawfirm.conflict.search;

import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;

import java.util.Set;

/** A person or organisation of the party graph: its name, the other names it goes by, and its identifiers. */
public record Node(String id, PartyKind kind, String name, Set<String> aliases, Set<String> formerNames,
                   Set<PartyIdentifier> identifiers) {
}
