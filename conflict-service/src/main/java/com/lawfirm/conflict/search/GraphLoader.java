package com.lawfirm.conflict.search;

import com.lawfirm.conflict.search.PartyImport.ImportedAffiliation;
import com.lawfirm.conflict.search.PartyImport.ImportedMatter;
import com.lawfirm.conflict.search.PartyImport.ImportedStaff;
import com.lawfirm.events.party.PartyKind;

import java.util.List;

/** Applies imported records to the graph and keeps the index in step with every node they touch. */
public class GraphLoader {

    private final ConflictGraph graph;
    private final PartyIndex index;

    public GraphLoader(ConflictGraph graph, PartyIndex index) {
        this.graph = graph;
        this.index = index;
    }

    public void apply(List<Object> records) {
        records.forEach(this::apply);
        index.refresh();
    }

    void apply(Object record) {
        if (record instanceof ImportedMatter matter) {
            for (PartyImport.RoledParty party : matter.parties()) {
                ConflictGraph.Node node = add(party.party());
                graph.addMatter(node.id(), new MatterInvolvement(matter.matterRef(), matter.title(), matter.status(),
                        matter.practiceArea(), party.role(), null, null));
            }
        } else if (record instanceof ImportedAffiliation affiliation) {
            graph.addAffiliation(add(affiliation.subject()).id(), affiliation.relation(), add(affiliation.object()).id());
        } else if (record instanceof ImportedStaff staff) {
            ConflictGraph.Node self = add(new PartyRecord(PartyKind.PERSON, staff.name(), List.of(), List.of(), List.of()));
            graph.addStaffLink(self.id(), new ConflictGraph.StaffLink(staff.staffId(), staff.name(), "SELF"));
            staff.priorClients().forEach(p -> graph.addStaffLink(add(p).id(),
                    new ConflictGraph.StaffLink(staff.staffId(), staff.name(), "PRIOR_CLIENT")));
            staff.relatives().forEach(p -> graph.addStaffLink(add(p).id(),
                    new ConflictGraph.StaffLink(staff.staffId(), staff.name(), "RELATIVE")));
        }
    }

    private ConflictGraph.Node add(PartyRecord party) {
        ConflictGraph.Node node = graph.add(party);
        index.index(node);
        return node;
    }
}
