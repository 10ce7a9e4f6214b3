package com.lawfirm.conflict.search;

import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.kit.text.Names;

import java.util.ArrayList;
import java.util.HashSet;
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

    public record Node(String id, PartyKind kind, String name, Set<String> aliases, Set<String> formerNames,
                       Set<PartyIdentifier> identifiers) {
    }

    public record Edge(String relation, String otherNodeId, boolean outgoing) {
    }

    public record StaffLink(String staffId, String staffName, String link) {
    }

    /** A registered client of the firm (current or former), as intake knows it. */
    public record FirmClient(String clientId, boolean former) {
    }

    /** Everything the graph holds about one node, as the index stores it so a restart resumes without the log. */
    public record NodeState(Node node, List<String> keys, List<MatterInvolvement> matters, List<Edge> edges,
                            List<StaffLink> staff, List<FirmClient> clients, List<String> prospectOf) {

        public NodeState {
            prospectOf = prospectOf == null ? List.of() : prospectOf; // as stored before prospects were kept
        }
    }

    private final Map<String, Node> nodes = new ConcurrentHashMap<>();
    private final Map<String, String> nodeByKey = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> keysByNode = new ConcurrentHashMap<>();
    private final Map<String, List<MatterInvolvement>> matters = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> nodesByMatter = new ConcurrentHashMap<>();
    private final Map<String, String> matterRefById = new ConcurrentHashMap<>();
    private final Set<String> endedInquiries = ConcurrentHashMap.newKeySet();
    private final Map<String, List<Edge>> edges = new ConcurrentHashMap<>();
    private final Map<String, List<StaffLink>> staff = new ConcurrentHashMap<>();
    private final Map<String, String> nodeByClient = new ConcurrentHashMap<>();
    /** The firm's clients a node is (persons merged by name may be several), by client id. */
    private final Map<String, Map<String, FirmClient>> clientsByNode = new ConcurrentHashMap<>();
    /** The ended inquiries a node was the prospective client of, by node: what a prospect's erasure finds it by. */
    private final Map<String, Set<String>> prospectOf = new ConcurrentHashMap<>();
    private final Set<String> touched = new LinkedHashSet<>();

    /** Forgets everything, before the graph is rebuilt from the log. */
    public synchronized void clear() {
        nodes.clear();
        nodeByKey.clear();
        keysByNode.clear();
        matters.clear();
        nodesByMatter.clear();
        matterRefById.clear();
        endedInquiries.clear();
        edges.clear();
        staff.clear();
        nodeByClient.clear();
        clientsByNode.clear();
        prospectOf.clear();
        touched.clear();
    }

    /** Adds or merges a party and returns its node. */
    public synchronized Node add(PartyRecord party) {
        List<String> keys = identityKeys(party);
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
        nodeByClient.put(clientId, nodeId);
        clientsByNode.computeIfAbsent(nodeId, k -> new ConcurrentHashMap<>()).put(clientId, new FirmClient(clientId, false));
        touched.add(nodeId);
    }

    public synchronized void markFormerClient(String clientId) {
        String nodeId = nodeByClient.get(clientId);
        if (nodeId != null) {
            clientsByNode.computeIfAbsent(nodeId, k -> new ConcurrentHashMap<>()).put(clientId, new FirmClient(clientId, true));
            touched.add(nodeId);
        }
    }

    /** New names and identifiers of a registered client join its node; returns the node, or null if unknown. */
    public synchronized Node extendClient(String clientId, List<String> aliases, List<String> formerNames,
                                          List<PartyIdentifier> identifiers) {
        String nodeId = nodeByClient.get(clientId);
        Node node = nodeId == null ? null : nodes.get(nodeId);
        if (node == null) {
            return null;
        }
        node.aliases().addAll(aliases);
        node.formerNames().addAll(formerNames);
        for (PartyIdentifier identifier : identifiers) {
            PartyIdentifier normalized = new PartyIdentifier(identifier.scheme(), Names.normalizeIdentifier(identifier.value()));
            node.identifiers().add(normalized);
            key("id:" + normalized.scheme() + ":" + normalized.value(), nodeId);
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
        String nodeId = nodeByClient.remove(clientId);
        Map<String, FirmClient> clients = nodeId == null ? null : clientsByNode.get(nodeId);
        if (clients == null) {
            return nodeId;
        }
        clients.remove(clientId);
        touched.add(nodeId);
        boolean heldElsewhere = !clients.isEmpty() || !copy(edges.get(nodeId)).isEmpty() || !copy(staff.get(nodeId)).isEmpty()
                || copy(matters.get(nodeId)).stream().anyMatch(m -> m.role() != PartyRole.CLIENT);
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
        for (Map.Entry<String, Set<String>> entry : List.copyOf(prospectOf.entrySet())) {
            String nodeId = entry.getKey();
            Set<String> inquiries = entry.getValue();
            if (!inquiries.remove(inquiryId)) {
                continue;
            }
            touched.add(nodeId);
            boolean heldElsewhere = !inquiries.isEmpty() || !clients(nodeId).isEmpty() || !copy(matters.get(nodeId)).isEmpty()
                    || !copy(edges.get(nodeId)).isEmpty() || !copy(staff.get(nodeId)).isEmpty();
            if (!heldElsewhere) {
                remove(nodeId);
                gone.add(nodeId);
            }
        }
        return gone;
    }

    private void remove(String nodeId) {
        clientsByNode.remove(nodeId);
        prospectOf.remove(nodeId);
        nodes.remove(nodeId);
        keysByNode.getOrDefault(nodeId, Set.of()).forEach(key -> nodeByKey.remove(key, nodeId));
        keysByNode.remove(nodeId);
        copy(matters.remove(nodeId)).forEach(m -> nodesByMatter.getOrDefault(m.matterRef(), new HashSet<>()).remove(nodeId));
        staff.remove(nodeId);
        edges.remove(nodeId);
    }

    /** The firm's client a node is — a current one before a former one — or null. */
    public FirmClient client(String nodeId) {
        List<FirmClient> clients = clients(nodeId);
        return clients.stream().filter(c -> !c.former()).findFirst().orElse(clients.isEmpty() ? null : clients.get(0));
    }

    public List<FirmClient> clients(String nodeId) {
        Map<String, FirmClient> clients = clientsByNode.get(nodeId);
        return clients == null ? List.of() : List.copyOf(clients.values());
    }

    /** A registered client as the graph knows it, or null. */
    public FirmClient clientById(String clientId) {
        String nodeId = nodeByClient.get(clientId);
        Map<String, FirmClient> clients = nodeId == null ? null : clientsByNode.get(nodeId);
        return clients == null ? null : clients.get(clientId);
    }

    public String clientNode(String clientId) {
        return nodeByClient.get(clientId);
    }

    /** Puts a party on a matter (or an open inquiry) in a role, replacing what was known of that place. */
    public synchronized void addMatter(String nodeId, MatterInvolvement involvement) {
        if (MatterInvolvement.INQUIRY.equals(involvement.status()) && endedInquiries.contains(involvement.matterRef())) {
            return; // the inquiry was declined, withdrawn or became a matter before this event was read
        }
        List<MatterInvolvement> list = matters.computeIfAbsent(nodeId, k -> new ArrayList<>());
        synchronized (list) {
            list.removeIf(m -> m.matterRef().equals(involvement.matterRef()) && m.role() == involvement.role());
            list.add(involvement);
        }
        nodesByMatter.computeIfAbsent(involvement.matterRef(), k -> ConcurrentHashMap.newKeySet()).add(nodeId);
        if (involvement.matterId() != null) {
            matterRefById.put(involvement.matterId(), involvement.matterRef());
        }
        touched.add(nodeId);
    }

    /** Changes what every party on a matter knows of it (its closing, its lead lawyer). */
    public synchronized void updateMatter(String matterId, UnaryOperator<MatterInvolvement> change) {
        String ref = matterRefById.get(matterId);
        if (ref == null) {
            return;
        }
        for (String nodeId : nodesByMatter.getOrDefault(ref, Set.of())) {
            List<MatterInvolvement> list = matters.get(nodeId);
            synchronized (list) {
                list.replaceAll(m -> m.matterRef().equals(ref) ? change.apply(m) : m);
            }
            touched.add(nodeId);
        }
    }

    /**
     * An inquiry ended (declined, withdrawn, or engaged and now a matter): its parties leave it. The prospective
     * client's node keeps the inquiry's id, for the prospect's erasure.
     */
    public synchronized void endInquiry(String inquiryId) {
        endedInquiries.add(inquiryId);
        for (String nodeId : nodesByMatter.getOrDefault(inquiryId, Set.of())) {
            List<MatterInvolvement> list = matters.get(nodeId);
            synchronized (list) {
                if (list.stream().anyMatch(m -> isInquiry(m, inquiryId) && m.role() == PartyRole.CLIENT)) {
                    prospectOf.computeIfAbsent(nodeId, k -> ConcurrentHashMap.newKeySet()).add(inquiryId);
                }
                list.removeIf(m -> isInquiry(m, inquiryId));
            }
            touched.add(nodeId);
        }
        nodesByMatter.remove(inquiryId);
    }

    private static boolean isInquiry(MatterInvolvement involvement, String inquiryId) {
        return involvement.matterRef().equals(inquiryId) && MatterInvolvement.INQUIRY.equals(involvement.status());
    }

    public boolean inquiryEnded(String inquiryId) {
        return endedInquiries.contains(inquiryId);
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
        return copy(matters.get(nodeId));
    }

    public List<Edge> edges(String nodeId) {
        return copy(edges.get(nodeId));
    }

    public List<StaffLink> staff(String nodeId) {
        return copy(staff.get(nodeId));
    }

    /** The declined or withdrawn inquiries whose prospective client the node was. */
    public List<String> endedInquiriesOf(String nodeId) {
        return List.copyOf(prospectOf.getOrDefault(nodeId, Set.of()));
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
                matters(nodeId), edges(nodeId), staff(nodeId), clients(nodeId),
                List.copyOf(prospectOf.getOrDefault(nodeId, Set.of())));
    }

    /** Puts back a node as the index stored it. */
    public synchronized void restore(NodeState state) {
        Node node = state.node();
        String id = node.id();
        nodes.put(id, new Node(id, node.kind(), node.name(), new LinkedHashSet<>(node.aliases()),
                new LinkedHashSet<>(node.formerNames()), new LinkedHashSet<>(node.identifiers())));
        state.keys().forEach(k -> key(k, id));
        state.matters().forEach(m -> {
            matters.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
            nodesByMatter.computeIfAbsent(m.matterRef(), k -> ConcurrentHashMap.newKeySet()).add(id);
            if (m.matterId() != null) {
                matterRefById.put(m.matterId(), m.matterRef());
            }
        });
        state.edges().forEach(e -> addEdge(id, e));
        state.staff().forEach(s -> staff.computeIfAbsent(id, k -> new ArrayList<>()).add(s));
        for (FirmClient client : state.clients()) {
            clientsByNode.computeIfAbsent(id, k -> new ConcurrentHashMap<>()).put(client.clientId(), client);
            nodeByClient.put(client.clientId(), id);
        }
        if (!state.prospectOf().isEmpty()) {
            prospectOf.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).addAll(state.prospectOf());
        }
    }

    /** Puts back an inquiry that had ended, as the index stored it. */
    public void restoreEndedInquiry(String inquiryId) {
        endedInquiries.add(inquiryId);
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

    /** Identifiers first: a party with a known identifier is the same party whatever it is called. */
    private static List<String> identityKeys(PartyRecord party) {
        List<String> keys = new ArrayList<>();
        for (PartyIdentifier identifier : party.identifiers()) {
            keys.add("id:" + identifier.scheme() + ":" + Names.normalizeIdentifier(identifier.value()));
        }
        NameKeys name = NameAnalysis.of(party.kind(), party.name());
        keys.add("name:" + party.kind() + ":" + name.exact().iterator().next());
        return keys;
    }
}
