package com.lawfirm.conflict.search;

import com.lawfirm.events.conflict.ImportedParty;
import com.lawfirm.events.conflict.LegacyAffiliationImported;
import com.lawfirm.events.conflict.LegacyMatterImported;
import com.lawfirm.events.conflict.LegacyStaffImported;
import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.intake.ClientAliasAdded;
import com.lawfirm.events.intake.ClientEngaged;
import com.lawfirm.events.intake.ClientIdentifierAdded;
import com.lawfirm.events.intake.ClientMarkedFormer;
import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.ClientRenamed;
import com.lawfirm.events.intake.ConflictCheckRequested;
import com.lawfirm.events.intake.InquiryDeclined;
import com.lawfirm.events.intake.InquiryWithdrawn;
import com.lawfirm.events.intake.ProspectPersonalDataErased;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.StaffDisclosureRecorded;
import com.lawfirm.events.matter.StaffMemberJoined;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.events.privacy.Erased;

import java.util.List;

/**
 * Applies the firm's events to the party graph and keeps the index in step with every node they touch. Events it
 * does not know are ignored, so it can read every topic.
 */
public class GraphLoader {

    private final ConflictGraph graph;
    private final PartyIndex index;
    private final Rechecks rechecks;

    public GraphLoader(ConflictGraph graph, PartyIndex index) {
        this(graph, index, null);
    }

    /** A loader that also re-checks what new affiliations, names and staff links connect (null for none). */
    public GraphLoader(ConflictGraph graph, PartyIndex index, Rechecks rechecks) {
        this.graph = graph;
        this.index = index;
        this.rechecks = rechecks;
    }

    /** Applies a batch, then makes it searchable. */
    public void apply(List<?> events) {
        events.forEach(this::apply);
        flush();
    }

    /** Stores every node the events since the last flush touched, and makes them searchable. */
    public void flush() {
        store();
        refresh();
    }

    /** Writes every node the events since the last call touched into the index (not yet searchable). */
    public void store() {
        for (String nodeId : graph.drainTouched()) {
            NodeState state = graph.state(nodeId);
            if (state != null) {
                index.index(state);
            } else {
                index.delete(nodeId);
            }
        }
    }

    /** Makes what was stored searchable, then re-checks what the new events connect. */
    public void refresh() {
        index.refresh();
        if (rechecks != null) {
            rechecks.run();
        }
    }

    /** Applies one event; the caller flushes. Returns whether the event meant anything to the graph. */
    public boolean apply(Object event) {
        if (event instanceof LegacyMatterImported matter) {
            for (ImportedParty party : matter.parties()) {
                graph.addMatter(add(record(party)).id(), new MatterInvolvement(matter.matterRef(), null, matter.title(),
                        matter.status(), matter.practiceArea(), party.role(), null, null, null));
            }
        } else if (event instanceof LegacyAffiliationImported affiliation) {
            String subject = add(record(affiliation.subject())).id();
            String object = add(record(affiliation.object())).id();
            if (graph.addAffiliation(subject, affiliation.relation(), object) && rechecks != null) {
                rechecks.affiliation(subject, affiliation.relation(), object);
            }
        } else if (event instanceof LegacyStaffImported staff) {
            Node self = add(new PartyRecord(PartyKind.PERSON, staff.name(), List.of(), List.of(), List.of()));
            graph.addStaffLink(self.id(), new StaffLink(staff.staffId(), staff.name(), "SELF"));
            staff.priorClients().forEach(p -> link(add(record(p)).id(),
                    new StaffLink(staff.staffId(), staff.name(), "PRIOR_CLIENT")));
            staff.relatives().forEach(p -> link(add(record(p)).id(),
                    new StaffLink(staff.staffId(), staff.name(), "RELATIVE")));
        } else if (event instanceof MatterOpened matter) {
            for (com.lawfirm.events.party.MatterParty party : matter.parties()) {
                if (Erased.is(party.name())) {
                    continue; // an erased client's own party: nothing of it is searchable any more
                }
                Node node = add(new PartyRecord(party.kind(), party.name(), party.aliases(), List.of(),
                        party.identifiers()));
                // the title names no one: the description is the client's, and a title is frozen into other checks' hits
                graph.addMatter(node.id(), new MatterInvolvement(matter.matterNumber(), matter.matterId(),
                        "案件 matter " + matter.matterNumber(), MatterInvolvement.OPEN, matter.matterType().name(), party.role(),
                        String.valueOf(matter.openedOn()), null, null));
            }
            if (matter.inquiryId() != null) {
                endInquiry(matter.inquiryId());
            }
        } else if (event instanceof MatterClosed closed) {
            graph.updateMatter(closed.matterId(), m -> m.closed(String.valueOf(closed.closedOn())));
        } else if (event instanceof TeamMemberAssigned assigned && assigned.role() == TeamRole.LEAD_LAWYER) {
            graph.updateMatter(assigned.matterId(), m -> m.ledBy(assigned.name()));
        } else if (event instanceof ConflictCheckRequested requested) {
            // the title names no one: it is frozen into other checks' hits, where no key could erase a name
            String title = "潜在委托 inquiry " + requested.inquiryId();
            for (CheckedParty party : requested.parties()) {
                if (Erased.is(party.name())) {
                    continue;
                }
                Node node = add(new PartyRecord(party.kind(), party.name(), party.aliases(), List.of(),
                        party.identifiers()));
                graph.addMatter(node.id(), new MatterInvolvement(requested.inquiryId(), null, title,
                        MatterInvolvement.INQUIRY, null, roleOf(party.role()), null, null, null));
            }
        } else if (event instanceof InquiryDeclined declined) {
            endInquiry(declined.inquiryId());
        } else if (event instanceof InquiryWithdrawn withdrawn) {
            endInquiry(withdrawn.inquiryId());
        } else if (event instanceof StaffMemberJoined joined) {
            Node self = add(new PartyRecord(PartyKind.PERSON, joined.name(), List.of(), List.of(), List.of()));
            graph.addStaffLink(self.id(), new StaffLink(joined.staffId(), joined.name(), "SELF"));
        } else if (event instanceof StaffDisclosureRecorded disclosure) {
            Node node = add(new PartyRecord(disclosure.partyKind(), disclosure.name(), disclosure.aliases(),
                    List.of(), disclosure.identifiers()));
            link(node.id(), new StaffLink(disclosure.staffId(), disclosure.staffName(),
                    disclosure.kind().name()));
        } else if (event instanceof ClientRegistered client) {
            if (Erased.is(client.name())) {
                return true; // read after the client's erasure: it is no longer in the graph
            }
            Node node = add(new PartyRecord(client.kind(), client.name(), client.aliases(),
                    client.formerNames().stream().map(FormerName::name).toList(), client.identifiers()));
            graph.addClient(client.clientId(), node.id());
            if (rechecks != null) {
                List<String> names = new java.util.ArrayList<>(List.of(client.name()));
                names.addAll(client.aliases());
                client.formerNames().forEach(f -> names.add(f.name()));
                rechecks.newNames(client.clientId(), "CLIENT_REGISTERED", names, client.identifiers());
            }
        } else if (event instanceof ClientRenamed renamed) {
            extendClient(renamed.clientId(), "CLIENT_RENAMED", List.of(renamed.newName()), List.of(renamed.formerName()), List.of());
        } else if (event instanceof ClientAliasAdded alias) {
            extendClient(alias.clientId(), "CLIENT_ALIAS", List.of(alias.alias()), List.of(), List.of());
        } else if (event instanceof ClientIdentifierAdded identifier) {
            extendClient(identifier.clientId(), "CLIENT_IDENTIFIER", List.of(), List.of(),
                    identifier.identifier() == null ? List.of() : List.of(identifier.identifier()));
        } else if (event instanceof ClientMarkedFormer former) {
            graph.setFormerClient(former.clientId(), true);
        } else if (event instanceof ClientEngaged engaged) {
            if (graph.setFormerClient(engaged.clientId(), false) && rechecks != null) {
                // current again, the client may be a party the firm came to act against while it was former
                Node node = graph.node(graph.clientNode(engaged.clientId()));
                List<String> names = new java.util.ArrayList<>(List.of(node.name()));
                names.addAll(node.aliases());
                names.addAll(node.formerNames());
                rechecks.newNames(engaged.clientId(), "CLIENT_ENGAGED", names, List.copyOf(node.identifiers()));
            }
        } else if (event instanceof ClientPersonalDataErased erased) {
            graph.forgetClient(erased.clientId());
        } else if (event instanceof ProspectPersonalDataErased erased) {
            graph.forgetProspect(erased.inquiryId());
        } else {
            return false;
        }
        return true;
    }

    private void endInquiry(String inquiryId) {
        graph.endInquiry(inquiryId);
        index.endInquiry(inquiryId);
    }

    private static PartyRole roleOf(CheckRole role) {
        return switch (role) {
            case PROSPECTIVE_CLIENT -> PartyRole.CLIENT;
            case ADVERSE -> PartyRole.ADVERSE;
            case RELATED -> PartyRole.RELATED;
        };
    }

    private void extendClient(String clientId, String trigger, List<String> newAliases, List<String> newFormerNames,
                              List<com.lawfirm.events.party.PartyIdentifier> identifiers) {
        List<String> aliases = newAliases.stream().filter(name -> !Erased.is(name)).toList();
        List<String> formerNames = newFormerNames.stream().filter(name -> !Erased.is(name)).toList();
        Node node = graph.extendClient(clientId, aliases, formerNames, identifiers);
        if (node != null && rechecks != null) {
            rechecks.newNames(clientId, trigger, java.util.stream.Stream.concat(aliases.stream(), formerNames.stream()).toList(),
                    identifiers);
        }
    }

    private void link(String nodeId, StaffLink link) {
        if (graph.addStaffLink(nodeId, link) && rechecks != null) {
            rechecks.staffLink(nodeId, link);
        }
    }

    private static PartyRecord record(ImportedParty party) {
        return new PartyRecord(party.kind(), party.name(), party.aliases(), party.formerNames(), party.identifiers());
    }

    private Node add(PartyRecord party) {
        return graph.add(party);
    }
}
