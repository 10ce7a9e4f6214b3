package com.lawfirm.conflict.search;

import com.lawfirm.events.party.PartyRole;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The places of the party graph's nodes on matters and open inquiries, and the nodes on each. Written under the
 * graph's lock; read concurrently by searches (each node's list is copied under its own monitor).
 */
final class MatterPlaces {

    private final Map<String, List<MatterInvolvement>> byNode = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> nodesByMatter = new ConcurrentHashMap<>();
    private final Map<String, String> refById = new ConcurrentHashMap<>();

    void clear() {
        byNode.clear();
        nodesByMatter.clear();
        refById.clear();
    }

    /** Puts the node on a matter in a role, replacing what was known of that place. */
    void put(String nodeId, MatterInvolvement involvement) {
        List<MatterInvolvement> list = byNode.computeIfAbsent(nodeId, k -> new ArrayList<>());
        synchronized (list) {
            list.removeIf(m -> m.matterRef().equals(involvement.matterRef()) && m.role() == involvement.role());
            list.add(involvement);
        }
        nodesByMatter.computeIfAbsent(involvement.matterRef(), k -> ConcurrentHashMap.newKeySet()).add(nodeId);
        if (involvement.matterId() != null) {
            refById.put(involvement.matterId(), involvement.matterRef());
        }
    }

    /** Changes what every party on the matter knows of it; returns the nodes changed. */
    List<String> update(String matterId, UnaryOperator<MatterInvolvement> change) {
        String ref = refById.get(matterId);
        if (ref == null) {
            return List.of();
        }
        List<String> changed = new ArrayList<>();
        for (String nodeId : nodesByMatter.getOrDefault(ref, Set.of())) {
            List<MatterInvolvement> list = byNode.get(nodeId);
            synchronized (list) {
                list.replaceAll(m -> m.matterRef().equals(ref) ? change.apply(m) : m);
            }
            changed.add(nodeId);
        }
        return changed;
    }

    /** The inquiry's parties leave it; returns the nodes that were on it, and tells which was its prospective client. */
    List<String> leaveInquiry(String inquiryId, Consumer<String> prospectiveClient) {
        List<String> left = new ArrayList<>();
        for (String nodeId : nodesByMatter.getOrDefault(inquiryId, Set.of())) {
            List<MatterInvolvement> list = byNode.get(nodeId);
            synchronized (list) {
                if (list.stream().anyMatch(m -> isInquiry(m, inquiryId) && m.role() == PartyRole.CLIENT)) {
                    prospectiveClient.accept(nodeId);
                }
                list.removeIf(m -> isInquiry(m, inquiryId));
            }
            left.add(nodeId);
        }
        nodesByMatter.remove(inquiryId);
        return left;
    }

    private static boolean isInquiry(MatterInvolvement involvement, String inquiryId) {
        return involvement.matterRef().equals(inquiryId) && MatterInvolvement.INQUIRY.equals(involvement.status());
    }

    List<MatterInvolvement> of(String nodeId) {
        List<MatterInvolvement> list = byNode.get(nodeId);
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    void removeNode(String nodeId) {
        of(nodeId).forEach(m -> nodesByMatter.getOrDefault(m.matterRef(), new HashSet<>()).remove(nodeId));
        byNode.remove(nodeId);
    }
}
