package com.lawfirm.conflict.search;

import com.lawfirm.events.conflict.AffiliationLink;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyRole;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Re-checks: when something new appears in the firm's records that can put the firm on both sides — an affiliation,
 * a client's new name or identifier, a member of staff's prior client or relative — the parties it connects are
 * looked at again, and every connection between the firm's side (a client) and the other side (an adverse party) of
 * open matters and open inquiries is reported once. A discovery's id is a hash of what it connects, so a redelivered
 * event or a second instance reports nothing twice.
 */
public class Rechecks {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Rechecks.class);

    /** Where discoveries go: to conflicts analysts, as events of their own. */
    public interface Discoveries {
        void discovered(Discovery discovery);
    }

    /**
     * A possible conflict the new fact reveals, with the matters it concerns. The description names no one: the party
     * it is about is {@code subjectName}, whose data subject (a client, a prospect's inquiry) is {@code subjectId},
     * and how the parties connect is the {@code path}, each name with its own subject.
     */
    public record Discovery(String id, String trigger, String description, String subjectName, String subjectId,
                            String staffId, List<MatterInvolvement> matters, List<AffiliationLink> path) {
    }

    private record Place(String nodeId, MatterInvolvement matter) {
    }

    private final ConflictGraph graph;
    private final PartyIndex index;
    private final int maxHops;
    private final Discoveries discoveries;
    private final List<Runnable> pending = new ArrayList<>();
    private volatile boolean enabled = true;

    public Rechecks(ConflictGraph graph, PartyIndex index, int maxHops, Discoveries discoveries) {
        this.graph = graph;
        this.index = index;
        this.maxHops = maxHops;
        this.discoveries = discoveries;
    }

    /** Off while a rebuild reads events older than its start: they were looked at when they were new. */
    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    /** A new affiliation: the firm's client on one side of it and the adverse party of a live matter on the other. */
    void affiliation(String subjectNode, String relation, String objectNode) {
        later(() -> {
            List<Place> one = livePlaces(subjectNode, objectNode);
            List<Place> other = livePlaces(objectNode, subjectNode);
            AffiliationLink link = new AffiliationLink(name(subjectNode), relation, name(objectNode),
                    subjectOf(subjectNode), subjectOf(objectNode));
            for (Place a : one) {
                for (Place b : other) {
                    if (opposed(a, b)) {
                        report("AFFILIATION", "新的关联关系使本所客户与对方当事人相关联 — a new affiliation links a client of the firm "
                                + "with a party it acts against", subjectNode, link.fromSubject(), null, a, b, List.of(link));
                    }
                }
            }
        });
    }

    /**
     * A client registered, or a client's new name, alias, former name or identifier: under it, the client may be a
     * party the firm acts against (an adverse party named by the client's former name is the client all the same).
     */
    void newNames(String clientId, String trigger, List<String> names, List<PartyIdentifier> identifiers) {
        later(() -> {
            String nodeId = graph.clientNode(clientId);
            FirmClient client = graph.clientById(clientId);
            if (client == null || client.former()) {
                return;
            }
            Place asClient = new Place(nodeId, new MatterInvolvement(null, null, "本所现任客户 a current client of the firm ("
                    + clientId + ")", "CLIENT", null, PartyRole.CLIENT, null, null, null));
            List<Place> own = new ArrayList<>(livePlaces(nodeId, null));
            own.add(asClient);
            // the client's own node may be an adverse party already, merged with it by name or identifier
            for (Place b : livePlaces(nodeId, null)) {
                if (opposed(asClient, b)) {
                    report(trigger, "本所客户是在办事项的对方当事人 — a client of the firm is a party it acts against", nodeId,
                            clientId, null, asClient, b, List.of());
                }
            }
            for (String other : sameParty(graph.node(nodeId), names, identifiers)) {
                for (Place a : own) {
                    for (Place b : livePlaces(other, null)) {
                        if (opposed(a, b)) {
                            report(trigger, "客户的名称或标识与对方当事人相同 — under a name or identifier of a client of the firm, "
                                    + "it is a party the firm acts against", nodeId, clientId, null, a, b, List.of(
                                    new AffiliationLink(name(nodeId), "SAME_PARTY_AS", name(other), clientId,
                                            subjectOf(other))));
                        }
                    }
                }
            }
        });
    }

    /** A member of staff's prior client or relative: against them on a live matter, the staff member is conflicted. */
    void staffLink(String nodeId, StaffLink link) {
        if ("SELF".equals(link.link())) {
            return;
        }
        later(() -> {
            List<Place> places = new ArrayList<>(livePlaces(nodeId, null));
            Node node = graph.node(nodeId);
            sameParty(node, node == null ? List.of() : List.of(node.name()), List.of())
                    .forEach(other -> places.addAll(livePlaces(other, null)));
            for (Place place : places) {
                if (place.matter().role() == PartyRole.ADVERSE) {
                    String what = link.link().toLowerCase().replace('_', ' ');
                    report("STAFF_" + link.link(), "%s 的%s是在办事项的对方当事人 — %s's %s is an adverse party on %s"
                                    .formatted(link.staffName(), "PRIOR_CLIENT".equals(link.link()) ? "原客户" : "亲属",
                                            link.staffName(), what, place.matter().matterRef()),
                            nodeId, subjectOf(nodeId), link.staffId(), place, null, List.of());
                }
            }
        });
    }

    /**
     * Runs the re-checks of the events applied since the last call, once the index has made them searchable. One
     * that fails is logged and the others still run: the feeder, whose thread this is, must go on.
     */
    void run() {
        List<Runnable> now = List.copyOf(pending);
        pending.clear();
        for (Runnable recheck : now) {
            try {
                recheck.run();
            } catch (RuntimeException e) {
                log.warn("a re-check failed and is skipped: {}", e.toString());
            }
        }
    }

    /** Forgets re-checks not yet run, before the graph is rebuilt. */
    void clear() {
        pending.clear();
    }

    private void later(Runnable recheck) {
        if (enabled && discoveries != null) {
            pending.add(recheck);
        }
    }

    /**
     * Other nodes the index holds for the same party under these names or identifiers. Near spellings are not looked
     * for: a re-check reports the same party on both sides, and a near spelling would be a false alarm.
     */
    private Set<String> sameParty(Node node, List<String> names, List<PartyIdentifier> identifiers) {
        Set<String> others = new LinkedHashSet<>();
        if (node == null) {
            return others;
        }
        names.forEach(n -> index.byName(node.kind(), NameAnalysis.of(node.kind(), n), false)
                .forEach(c -> others.add(c.nodeId())));
        identifiers.forEach(i -> index.byIdentifier(node.kind(), i).forEach(c -> others.add(c.nodeId())));
        others.remove(node.id());
        return others;
    }

    /** The live matters and inquiries of a node and of its affiliates, short of the hop the new fact adds. */
    private List<Place> livePlaces(String start, String excluded) {
        List<Place> places = new ArrayList<>();
        Set<String> seen = new HashSet<>(Stream.of(start, excluded).filter(java.util.Objects::nonNull).toList());
        record Step(String nodeId, int hops) {
        }
        Deque<Step> queue = new ArrayDeque<>(List.of(new Step(start, 0)));
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            graph.matters(step.nodeId()).stream().filter(MatterInvolvement::live)
                    .forEach(m -> places.add(new Place(step.nodeId(), m)));
            if (step.hops() + 1 < maxHops) {
                for (Edge edge : graph.edges(step.nodeId())) {
                    if (seen.add(edge.otherNodeId())) {
                        queue.add(new Step(edge.otherNodeId(), step.hops() + 1));
                    }
                }
            }
        }
        return places;
    }

    private static boolean opposed(Place a, Place b) {
        return a.matter().role() == PartyRole.CLIENT && b.matter().role() == PartyRole.ADVERSE
                || a.matter().role() == PartyRole.ADVERSE && b.matter().role() == PartyRole.CLIENT;
    }

    /** {@code subjectId}: whose data the subject node's name is (its client here, a prospect's inquiry), or null. */
    private void report(String trigger, String description, String subjectNode, String subjectId, String staffId, Place a,
                        Place b, List<AffiliationLink> path) {
        List<MatterInvolvement> matters = Stream.of(a, b).filter(java.util.Objects::nonNull).map(Place::matter)
                .filter(m -> m.matterRef() != null).toList();
        String identity = Stream.of(a, b).filter(java.util.Objects::nonNull)
                .map(p -> p.nodeId() + "/" + p.matter().matterRef() + "/" + p.matter().role()).sorted()
                .collect(Collectors.joining("|", trigger + "|" + (staffId == null ? "" : staffId) + "|", ""));
        String id = UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
        discoveries.discovered(new Discovery(id, trigger, description, name(subjectNode), subjectId, staffId, matters,
                path));
    }

    private String subjectOf(String nodeId) {
        return DataSubjects.of(graph, nodeId, null);
    }

    private String name(String nodeId) {
        Node node = graph.node(nodeId);
        return node == null ? nodeId : node.name();
    }
}
