package com.lawfirm.conflict.graph;

import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;

import java.util.List;

/**
 * A person or organisation in the party graph, as the firm's events describe it. {@code source} names the record
 * it came from (e.g. {@code client:<id>}); {@code relation} is how the firm knows it (CLIENT, FORMER_CLIENT, …).
 */
public record PartyNode(
        String nodeId,
        String source,
        PartyKind kind,
        String name,
        List<String> aliases,
        List<FormerName> formerNames,
        List<PartyIdentifier> identifiers,
        String relation) {
}
