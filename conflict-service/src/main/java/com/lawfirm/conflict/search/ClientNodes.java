package com.lawfirm.conflict.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which nodes of the party graph are the firm's registered clients, current or former. Persons merged by name may be
 * several clients of one node. Written under the graph's lock; read concurrently by searches.
 */
final class ClientNodes {

    private final Map<String, String> nodeByClient = new ConcurrentHashMap<>();
    private final Map<String, Map<String, FirmClient>> clientsByNode = new ConcurrentHashMap<>();

    void clear() {
        nodeByClient.clear();
        clientsByNode.clear();
    }

    void put(String nodeId, FirmClient client) {
        nodeByClient.put(client.clientId(), nodeId);
        clientsByNode.computeIfAbsent(nodeId, k -> new ConcurrentHashMap<>()).put(client.clientId(), client);
    }

    /** The client's node, or null when the client is unknown. */
    String node(String clientId) {
        return nodeByClient.get(clientId);
    }

    /** The client leaves its node; returns the node, or null when the client was unknown. */
    String remove(String clientId) {
        String nodeId = nodeByClient.remove(clientId);
        Map<String, FirmClient> clients = nodeId == null ? null : clientsByNode.get(nodeId);
        if (clients != null) {
            clients.remove(clientId);
        }
        return nodeId;
    }

    void removeNode(String nodeId) {
        clientsByNode.remove(nodeId);
    }

    List<FirmClient> of(String nodeId) {
        Map<String, FirmClient> clients = clientsByNode.get(nodeId);
        return clients == null ? List.of() : List.copyOf(clients.values());
    }

    FirmClient byId(String clientId) {
        String nodeId = nodeByClient.get(clientId);
        Map<String, FirmClient> clients = nodeId == null ? null : clientsByNode.get(nodeId);
        return clients == null ? null : clients.get(clientId);
    }
}
