package com.lawfirm.conflict.search;

import com.lawfirm.conflict.search.PartyIndex.Candidate;
import com.lawfirm.events.conflict.AffiliationLink;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The conflict search: finds the stored parties a searched party may be (by identifier, name, alias, former name,
 * transliteration or a near spelling), then follows the graph to the matters they are on, to affiliates within
 * {@code maxHops} in both directions, and to staff who bring them.
 */
public class ConflictSearch {

    /**
     * Which rules found the hits: frozen into every check, and the index is rebuilt when it changes (the index's keys
     * are made by the same rules).
     */
    public static final String MATCHER_VERSION = "matcher-3 (trade names, pinyin by character, traditional/simplified, fuzzy Latin, "
            + "2-hop affiliates, open inquiries)";

    private final ConflictGraph graph;
    private final PartyIndex index;
    private final int maxHops;

    public ConflictSearch(ConflictGraph graph, PartyIndex index, int maxHops) {
        this.graph = graph;
        this.index = index;
        this.maxHops = maxHops;
    }

    public List<ConflictHit> search(SearchedParty party) {
        return search(party, null);
    }

    /**
     * Searches for a party of the inquiry {@code ownInquiry} (null for none): the inquiry's own parties, which the
     * graph holds while it is open, are not hits against it.
     */
    public List<ConflictHit> search(SearchedParty party, String ownInquiry) {
        Map<String, Found> best = new HashMap<>();
        for (int i = 0; i < party.identifiers().size(); i++) {
            String field = "identifiers[" + i + "]";
            for (Candidate c : index.byIdentifier(party.kind(), party.identifiers().get(i))) {
                keep(best, new Found(c, field, party.identifiers().get(i).value()));
            }
        }
        List<String> names = new ArrayList<>();
        names.add(party.name());
        names.addAll(party.aliases());
        for (int i = 0; i < names.size(); i++) {
            String field = i == 0 ? "name" : "aliases[" + (i - 1) + "]";
            for (Candidate c : index.byName(party.kind(), NameAnalysis.of(party.kind(), names.get(i)))) {
                keep(best, new Found(c, field, names.get(i)));
            }
        }
        List<ConflictHit> hits = new ArrayList<>();
        best.values().forEach(found -> explain(found, ownInquiry, hits));
        hits.sort(Comparator.comparingDouble(ConflictHit::score).reversed());
        return hits;
    }

    private record Found(Candidate candidate, String field, String value) {
    }

    private static void keep(Map<String, Found> best, Found found) {
        best.merge(found.candidate().nodeId(), found,
                (a, b) -> a.candidate().score() >= b.candidate().score() ? a : b);
    }

    private void explain(Found found, String ownInquiry, List<ConflictHit> hits) {
        Candidate c = found.candidate();
        Node node = graph.node(c.nodeId());
        if (node == null) {
            return;
        }
        List<MatterInvolvement> matters = matters(node.id(), ownInquiry);
        // every hit names the party found: a client's name is sealed and erased with the client, a prospect's with
        // the inquiry
        FirmClient client = graph.client(node.id());
        String clientId = client == null ? null : client.clientId();
        String prospectInquiry = client == null ? DataSubjects.prospectInquiryOf(graph, node.id(), ownInquiry) : null;
        if (!matters.isEmpty()) {
            hits.add(new ConflictHit(c.kind(), c.score(), found.field(), found.value(), node.name(), c.via(), matters,
                    clientId, null, null, null, List.of(), prospectInquiry));
        }
        if (client != null) {
            hits.add(new ConflictHit(c.kind(), c.score(), found.field(), found.value(), node.name(),
                    c.via() + (client.former() ? "; a former client of the firm" : "; a client of the firm"), List.of(),
                    client.clientId(), client.former(), null, null, List.of(), null));
        }
        for (StaffLink link : graph.staff(node.id())) {
            hits.add(new ConflictHit(MatchKind.STAFF, c.score(), found.field(), found.value(), node.name(),
                    c.via() + "; " + link.link().toLowerCase().replace('_', ' ') + " of " + link.staffName(), List.of(),
                    clientId, null, link.staffId(), link.link(), List.of(), prospectInquiry));
        }
        affiliates(node, found, ownInquiry, clientId, prospectInquiry, hits);
    }

    private List<MatterInvolvement> matters(String nodeId, String ownInquiry) {
        List<MatterInvolvement> all = graph.matters(nodeId);
        return ownInquiry == null ? all : all.stream().filter(m -> !ownInquiry.equals(m.matterRef())).toList();
    }

    /**
     * Breadth-first over affiliations, both directions, up to maxHops; each affiliate on a matter is a hit on the
     * party found, with the path to it. The reason names no one: the path's names are sealed, and a screened member
     * of staff sees no path.
     */
    private void affiliates(Node start, Found found, String ownInquiry, String clientId, String prospectInquiry,
                            List<ConflictHit> hits) {
        record Step(String nodeId, List<AffiliationLink> path) {
        }
        Set<String> seen = new HashSet<>(Set.of(start.id()));
        Map<String, Optional<String>> subjects = new HashMap<>(); // a node's, once per search
        Function<String, String> subjectOf = nodeId -> subjects.computeIfAbsent(nodeId,
                id -> Optional.ofNullable(DataSubjects.of(graph, id, ownInquiry))).orElse(null);
        Deque<Step> queue = new ArrayDeque<>(List.of(new Step(start.id(), List.of())));
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            if (step.path().size() >= maxHops) {
                continue;
            }
            String from = graph.node(step.nodeId()).name();
            String fromSubject = subjectOf.apply(step.nodeId());
            for (Edge edge : graph.edges(step.nodeId())) {
                if (!seen.add(edge.otherNodeId())) {
                    continue;
                }
                Node other = graph.node(edge.otherNodeId());
                String otherSubject = subjectOf.apply(other.id());
                List<AffiliationLink> path = new ArrayList<>(step.path());
                path.add(edge.outgoing() ? new AffiliationLink(from, edge.relation(), other.name(), fromSubject, otherSubject)
                        : new AffiliationLink(other.name(), edge.relation(), from, otherSubject, fromSubject));
                List<MatterInvolvement> matters = matters(other.id(), ownInquiry);
                if (!matters.isEmpty()) {
                    double score = found.candidate().score() * Math.pow(0.85, path.size());
                    hits.add(new ConflictHit(MatchKind.AFFILIATE, score, found.field(), found.value(), start.name(),
                            found.candidate().via() + "; " + AffiliationLink.REASON,
                            matters, clientId, null, null, null, List.copyOf(path), prospectInquiry));
                }
                queue.add(new Step(other.id(), path));
            }
        }
    }
}
