package com.lawfirm.conflict.search;

import com.lawfirm.events.conflict.ImportedParty;
import com.lawfirm.events.conflict.LegacyAffiliationImported;
import com.lawfirm.events.conflict.LegacyMatterImported;
import com.lawfirm.events.conflict.LegacyStaffImported;
import com.lawfirm.events.intake.ClientAliasAdded;
import com.lawfirm.events.intake.ClientIdentifierAdded;
import com.lawfirm.events.intake.ClientMarkedFormer;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.ClientRenamed;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.StaffDisclosureRecorded;
import com.lawfirm.events.matter.StaffMemberJoined;
import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.party.PartyKind;

import java.util.List;

/**
 * Applies the firm's events to the party graph and keeps the index in step with every node they touch. Events it
 * does not know are ignored, so it can read every topic.
 */
public class GraphLoader {

    private final ConflictGraph graph;
    private final PartyIndex index;

    public GraphLoader(ConflictGraph graph, PartyIndex index) {
        this.graph = graph;
        this.index = index;
    }

    /** Applies a batch, then makes it searchable. */
    public void apply(List<?> events) {
        events.forEach(this::apply);
        index.refresh();
    }

    /** Applies one event; the caller refreshes the index. Returns whether the event meant anything to the graph. */
    public boolean apply(Object event) {
        if (event instanceof LegacyMatterImported matter) {
            for (ImportedParty party : matter.parties()) {
                graph.addMatter(add(record(party)).id(), new MatterInvolvement(matter.matterRef(), matter.title(),
                        matter.status(), matter.practiceArea(), party.role(), null, null));
            }
        } else if (event instanceof LegacyAffiliationImported affiliation) {
            graph.addAffiliation(add(record(affiliation.subject())).id(), affiliation.relation(),
                    add(record(affiliation.object())).id());
        } else if (event instanceof LegacyStaffImported staff) {
            ConflictGraph.Node self = add(new PartyRecord(PartyKind.PERSON, staff.name(), List.of(), List.of(), List.of()));
            graph.addStaffLink(self.id(), new ConflictGraph.StaffLink(staff.staffId(), staff.name(), "SELF"));
            staff.priorClients().forEach(p -> graph.addStaffLink(add(record(p)).id(),
                    new ConflictGraph.StaffLink(staff.staffId(), staff.name(), "PRIOR_CLIENT")));
            staff.relatives().forEach(p -> graph.addStaffLink(add(record(p)).id(),
                    new ConflictGraph.StaffLink(staff.staffId(), staff.name(), "RELATIVE")));
        } else if (event instanceof MatterOpened matter) {
            for (com.lawfirm.events.party.MatterParty party : matter.parties()) {
                ConflictGraph.Node node = add(new PartyRecord(party.kind(), party.name(), party.aliases(), List.of(),
                        party.identifiers()));
                graph.addMatter(node.id(), new MatterInvolvement(matter.matterNumber(), matter.description(), "OPEN",
                        matter.matterType().name(), party.role(), null, null));
            }
        } else if (event instanceof StaffMemberJoined joined) {
            ConflictGraph.Node self = add(new PartyRecord(PartyKind.PERSON, joined.name(), List.of(), List.of(), List.of()));
            graph.addStaffLink(self.id(), new ConflictGraph.StaffLink(joined.staffId(), joined.name(), "SELF"));
        } else if (event instanceof StaffDisclosureRecorded disclosure) {
            ConflictGraph.Node node = add(new PartyRecord(disclosure.partyKind(), disclosure.name(), disclosure.aliases(),
                    List.of(), disclosure.identifiers()));
            graph.addStaffLink(node.id(), new ConflictGraph.StaffLink(disclosure.staffId(), disclosure.staffName(),
                    disclosure.kind().name()));
        } else if (event instanceof ClientRegistered client) {
            ConflictGraph.Node node = add(new PartyRecord(client.kind(), client.name(), client.aliases(),
                    client.formerNames().stream().map(FormerName::name).toList(), client.identifiers()));
            graph.addClient(client.clientId(), node.id());
        } else if (event instanceof ClientRenamed renamed) {
            extendClient(renamed.clientId(), List.of(renamed.newName()), List.of(renamed.formerName()), List.of());
        } else if (event instanceof ClientAliasAdded alias) {
            extendClient(alias.clientId(), List.of(alias.alias()), List.of(), List.of());
        } else if (event instanceof ClientIdentifierAdded identifier) {
            extendClient(identifier.clientId(), List.of(), List.of(), List.of(identifier.identifier()));
        } else if (event instanceof ClientMarkedFormer former) {
            graph.markFormerClient(former.clientId());
        } else {
            return false;
        }
        return true;
    }

    private void extendClient(String clientId, List<String> aliases, List<String> formerNames,
                              List<com.lawfirm.events.party.PartyIdentifier> identifiers) {
        ConflictGraph.Node node = graph.extendClient(clientId, aliases, formerNames, identifiers);
        if (node != null) {
            index.index(node);
        }
    }

    private static PartyRecord record(ImportedParty party) {
        return new PartyRecord(party.kind(), party.name(), party.aliases(), party.formerNames(), party.identifiers());
    }

    private ConflictGraph.Node add(PartyRecord party) {
        ConflictGraph.Node node = graph.add(party);
        index.index(node);
        return node;
    }
}
