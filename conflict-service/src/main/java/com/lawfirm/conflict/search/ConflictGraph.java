package com.lawfirm.conflict.search;

import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.kit.text.Names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The party graph: every person and organisation the firm's records name, merged by identifier or by normalised
 * name, with the matters and open inquiries they are on, their affiliations and the staff who bring them (lateral
 * hires' prior clients, relatives). Writes come from one feeding thread; searches read concurrently. Every node a
 * write touches is remembered until {@link #drainTouched()}, so the index can store exactly what changed.
 */
public class ConflictGraph {

    private final Map<String, Node> nodes = new ConcurrentHashMap<>();
    private final Map<String, String> nodeByKey = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> keysByNode = new ConcurrentHashMap<>();
    private final MatterPlaces matters = new MatterPlaces();
    private final Map<String, List<Edge>> edges = new ConcurrentHashMap<>();
    private final Map<String, List<StaffLink>> staff = new ConcurrentHashMap<>();
    private final ClientNodes clients = new ClientNodes();
    private final EndedInquiries endedInquiries = new EndedInquiries();
    private final Set<String> touched = new LinkedHashSet<>();

    /** Forgets everything, before the graph is rebuilt from the log. */
    public synchronized void clear() {
        nodes.clear();
        nodeByKey.clear();
        keysByNode.clear();
        matters.clear();
        endedInquiries.clear();
        edges.clear();
        staff.clear();
        clients.clear();
        touched.clear();
    }

    /** Adds or merges a party and returns its node. */
    public synchronized Node add(PartyRecord party) {
        List<String> keys = party.identityKeys();
        String id = keys.stream().map(nodeByKey::get).filter(Objects::nonNull).findFirst().orElse(keys.get(0));
        Node existing = nodes.get(id);
        Node merged = existing == null
                ? new Node(id, party.kind(), party.name(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>())
                : existing;
        if (existing != null && !Names.normalize(existing.name()).equals(Names.normalize(party.name()))) {
            merged.aliases().add(party.name());
        }
        merged.aliases().addAll(party.aliases());
        merged.formerNames().addAll(party.formerNames());
        party.identifiers().forEach(i -> merged.identifiers().add(new PartyIdentifier(i.scheme(), Names.normalizeIdentifier(i.value()))));
        nodes.put(id, merged);
        keys.forEach(k -> key(k, id));
        touched.add(id);
        return merged;
    }

    public synchronized void addClient(String clientId, String nodeId) {
        clients.put(nodeId, new FirmClient(clientId, false));
        touched.add(nodeId);
    }

    /** Marks a registered client former, or current again (a new engagement signed); true if that changed it. */
    public synchronized boolean setFormerClient(String clientId, boolean former) {
        String nodeId = clients.node(clientId);
        FirmClient before = clients.byId(clientId);
        if (nodeId == null) {
            return false;
        }
        clients.put(nodeId, new FirmClient(clientId, former));
        touched.add(nodeId);
        return before != null && before.former() != former;
    }

    /** New names and identifiers of a registered client join its node; returns the node, or null if unknown. */
    public synchronized Node extendClient(String clientId, List<String> aliases, List<String> formerNames,
                                          List<PartyIdentifier> identifiers) {
        String nodeId = clients.node(clientId);
        Node node = nodeId == null ? null : nodes.get(nodeId);
        if (node == null) {
            return null;
        }
        node.aliases().addAll(aliases);
        node.formerNames().addAll(formerNames);
        for (PartyIdentifier identifier : identifiers) {
            PartyIdentifier normalized = new PartyIdentifier(identifier.scheme(), Names.normalizeIdentifier(identifier.value()));
            node.identifiers().add(normalized);
            key(PartyRecord.identityKey(identifier), nodeId);
        }
        touched.add(nodeId);
        return node;
    }

    /**
     * An erased client leaves the graph. Its node goes with its names, keys, places on matters and links when nothing
     * else holds it; a node that is also another client, a party on the other side of a matter, affiliated or linked to
     * staff stays for those records (other files of the firm), without the client. Returns the node, or null.
     */
    public synchronized String forgetClient(String clientId) {
        String nodeId = clients.remove(clientId);
        if (nodeId == null) {
            return null;
        }
        touched.add(nodeId);
        boolean heldElsewhere = !clients.of(nodeId).isEmpty() || !copy(edges.get(nodeId)).isEmpty()
                || !copy(staff.get(nodeId)).isEmpty()
                || matters.of(nodeId).stream().anyMatch(m -> m.role() != PartyRole.CLIENT);
        if (!heldElsewhere) {
            remove(nodeId);
        }
        return nodeId;
    }

    /**
     * An erased prospect leaves the graph: the node that was the prospective client of the ended inquiry goes, unless
     * something else holds it (a client, a place on a matter or an open inquiry, a link, another ended inquiry of the
     * same person). Returns the nodes that went.
     */
    public synchronized List<String> forgetProspect(String inquiryId) {
        List<String> gone = new ArrayList<>();
        for (String nodeId : endedInquiries.forget(inquiryId)) {
            touched.add(nodeId);
            boolean heldElsewhere = !endedInquiries.of(nodeId).isEmpty() || !clients.of(nodeId).isEmpty()
                    || !matters.of(nodeId).isEmpty() || !copy(edges.get(nodeId)).isEmpty()
                    || !copy(staff.get(nodeId)).isEmpty();
            if (!heldElsewhere) {
                remove(nodeId);
                gone.add(nodeId);
            }
        }
        return gone;
    }

    private void remove(String nodeId) {
        clients.removeNode(nodeId);
        endedInquiries.removeNode(nodeId);
        nodes.remove(nodeId);
        keysByNode.getOrDefault(nodeId, Set.of()).forEach(key -> nodeByKey.remove(key, nodeId));
        keysByNode.remove(nodeId);
        matters.removeNode(nodeId);
        staff.remove(nodeId);
        edges.remove(nodeId);
    }

    /** The firm's client a node is — a current one before a former one — or null. */
    public FirmClient client(String nodeId) {
        List<FirmClient> all = clients.of(nodeId);
        return all.stream().filter(c -> !c.former()).findFirst().orElse(all.isEmpty() ? null : all.get(0));
    }

    /** A registered client as the graph knows it, or null. */
    public FirmClient clientById(String clientId) {
        return clients.byId(clientId);
    }

    public String clientNode(String clientId) {
        return clients.node(clientId);
    }

    /** Puts a party on a matter (or an open inquiry) in a role, replacing what was known of that place. */
    public synchronized void addMatter(String nodeId, MatterInvolvement involvement) {
        if (MatterInvolvement.INQUIRY.equals(involvement.status()) && endedInquiries.ended(involvement.matterRef())) {
            return; // the inquiry was declined, withdrawn or became a matter before this event was read
        }
        matters.put(nodeId, involvement);
        touched.add(nodeId);
    }

    /** Changes what every party on a matter knows of it (its closing, its lead lawyer). */
    public synchronized void updateMatter(String matterId, UnaryOperator<MatterInvolvement> change) {
        touched.addAll(matters.update(matterId, change));
    }

    /**
     * An inquiry ended (declined, withdrawn, or engaged and now a matter): its parties leave it. The prospective
     * client's node keeps the inquiry's id, for the prospect's erasure.
     */
    public synchronized void endInquiry(String inquiryId) {
        endedInquiries.end(inquiryId);
        touched.addAll(matters.leaveInquiry(inquiryId, nodeId -> endedInquiries.prospect(nodeId, inquiryId)));
    }

    public boolean inquiryEnded(String inquiryId) {
        return endedInquiries.ended(inquiryId);
    }

    /** Links two parties; returns whether the link is new. */
    public synchronized boolean addAffiliation(String subjectId, String relation, String objectId) {
        boolean added = addEdge(subjectId, new Edge(relation, objectId, true));
        return addEdge(objectId, new Edge(relation, subjectId, false)) || added;
    }

    /** Links a party to a member of staff; returns whether the link is new. */
    public synchronized boolean addStaffLink(String nodeId, StaffLink link) {
        List<StaffLink> list = staff.computeIfAbsent(nodeId, k -> new ArrayList<>());
        synchronized (list) {
            if (list.contains(link)) {
                return false;
            }
            list.add(link);
        }
        touched.add(nodeId);
        return true;
    }

    public Node node(String id) {
        return nodes.get(id);
    }

    public int size() {
        return nodes.size();
    }

    public List<MatterInvolvement> matters(String nodeId) {
        return matters.of(nodeId);
    }

    public List<Edge> edges(String nodeId) {
        return copy(edges.get(nodeId));
    }

    public List<StaffLink> staff(String nodeId) {
        return copy(staff.get(nodeId));
    }

    /** The declined or withdrawn inquiries whose prospective client the node was. */
    public List<String> endedInquiriesOf(String nodeId) {
        return endedInquiries.of(nodeId);
    }

    /** The nodes written since the last call, and forgets them. */
    public synchronized List<String> drainTouched() {
        List<String> drained = List.copyOf(touched);
        touched.clear();
        return drained;
    }

    public synchronized NodeState state(String nodeId) {
        Node node = nodes.get(nodeId);
        return node == null ? null : new NodeState(node, List.copyOf(keysByNode.getOrDefault(nodeId, Set.of())),
                matters(nodeId), edges(nodeId), staff(nodeId), clients.of(nodeId), endedInquiries.of(nodeId));
    }

    /** Puts back a node as the index stored it. */
    public synchronized void restore(NodeState state) {
        Node node = state.node();
        String id = node.id();
        nodes.put(id, new Node(id, node.kind(), node.name(), new LinkedHashSet<>(node.aliases()),
                new LinkedHashSet<>(node.formerNames()), new LinkedHashSet<>(node.identifiers())));
        state.keys().forEach(k -> key(k, id));
        state.matters().forEach(m -> matters.put(id, m));
        state.edges().forEach(e -> addEdge(id, e));
        state.staff().forEach(s -> staff.computeIfAbsent(id, k -> new ArrayList<>()).add(s));
        state.clients().forEach(client -> clients.put(id, client));
        endedInquiries.prospect(id, state.prospectOf());
    }

    /** Puts back an inquiry that had ended, as the index stored it. */
    public void restoreEndedInquiry(String inquiryId) {
        endedInquiries.end(inquiryId);
    }

    private void key(String key, String nodeId) {
        if (nodeByKey.putIfAbsent(key, nodeId) == null) {
            keysByNode.computeIfAbsent(nodeId, k -> new LinkedHashSet<>()).add(key);
        }
    }

    private boolean addEdge(String nodeId, Edge edge) {
        List<Edge> list = edges.computeIfAbsent(nodeId, k -> new ArrayList<>());
        synchronized (list) {
            if (list.contains(edge)) {
                return false;
            }
            list.add(edge);
        }
        touched.add(nodeId);
        return true;
    }

    private static <T> List<T> copy(List<T> list) {
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }
}
