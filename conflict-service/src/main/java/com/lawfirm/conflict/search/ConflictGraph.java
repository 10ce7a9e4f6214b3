package com.lawfirm.conflict.search;

import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.kit.text.Names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The party graph: every person and organisation the firm's records name, merged by identifier or by normalised
 * name, with the matters they are on, their affiliations and the staff who bring them (lateral hires' prior
 * clients, relatives). Writes come from one feeding thread; searches read concurrently.
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

    private final Map<String, Node> nodes = new ConcurrentHashMap<>();
    private final Map<String, String> nodeByKey = new ConcurrentHashMap<>();
    private final Map<String, List<MatterInvolvement>> matters = new ConcurrentHashMap<>();
    private final Map<String, List<Edge>> edges = new ConcurrentHashMap<>();
    private final Map<String, List<StaffLink>> staff = new ConcurrentHashMap<>();
    private final Map<String, String> nodeByClient = new ConcurrentHashMap<>();
    private final Map<String, FirmClient> clientByNode = new ConcurrentHashMap<>();

    /** Forgets everything, before the graph is rebuilt from the log. */
    public synchronized void clear() {
        nodes.clear();
        nodeByKey.clear();
        matters.clear();
        edges.clear();
        staff.clear();
        nodeByClient.clear();
        clientByNode.clear();
    }

    /** Adds or merges a party and returns its node. */
    public synchronized Node add(PartyRecord party) {
        List<String> keys = identityKeys(party);
        String id = keys.stream().map(nodeByKey::get).filter(java.util.Objects::nonNull).findFirst().orElse(keys.get(0));
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
        keys.forEach(k -> nodeByKey.putIfAbsent(k, id));
        return merged;
    }

    public void addClient(String clientId, String nodeId) {
        nodeByClient.put(clientId, nodeId);
        clientByNode.put(nodeId, new FirmClient(clientId, false));
    }

    public void markFormerClient(String clientId) {
        String nodeId = nodeByClient.get(clientId);
        if (nodeId != null) {
            clientByNode.put(nodeId, new FirmClient(clientId, true));
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
            nodeByKey.putIfAbsent("id:" + normalized.scheme() + ":" + normalized.value(), nodeId);
        }
        return node;
    }

    public FirmClient client(String nodeId) {
        return clientByNode.get(nodeId);
    }

    public void addMatter(String nodeId, MatterInvolvement involvement) {
        List<MatterInvolvement> list = matters.computeIfAbsent(nodeId, k -> new ArrayList<>());
        synchronized (list) {
            list.removeIf(m -> m.matterRef().equals(involvement.matterRef()) && m.role() == involvement.role());
            list.add(involvement);
        }
    }

    public void addAffiliation(String subjectId, String relation, String objectId) {
        addEdge(subjectId, new Edge(relation, objectId, true));
        addEdge(objectId, new Edge(relation, subjectId, false));
    }

    public void addStaffLink(String nodeId, StaffLink link) {
        List<StaffLink> list = staff.computeIfAbsent(nodeId, k -> new ArrayList<>());
        synchronized (list) {
            if (!list.contains(link)) {
                list.add(link);
            }
        }
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

    private void addEdge(String nodeId, Edge edge) {
        List<Edge> list = edges.computeIfAbsent(nodeId, k -> new ArrayList<>());
        synchronized (list) {
            if (!list.contains(edge)) {
                list.add(edge);
            }
        }
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
