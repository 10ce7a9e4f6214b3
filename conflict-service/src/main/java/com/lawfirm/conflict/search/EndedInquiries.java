package com.lawfirm.conflict.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inquiries that ended (declined, withdrawn, or engaged and now a matter), so that a late event does not put their
 * parties back; and, by node, those it was the prospective client of, which a prospect's erasure finds it by. Written
 * under the graph's lock; read concurrently by searches.
 */
final class EndedInquiries {

    private final Set<String> ended = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> prospectOf = new ConcurrentHashMap<>();

    void clear() {
        ended.clear();
        prospectOf.clear();
    }

    void end(String inquiryId) {
        ended.add(inquiryId);
    }

    boolean ended(String inquiryId) {
        return ended.contains(inquiryId);
    }

    void prospect(String nodeId, String inquiryId) {
        prospectOf.computeIfAbsent(nodeId, k -> ConcurrentHashMap.newKeySet()).add(inquiryId);
    }

    void prospect(String nodeId, List<String> inquiryIds) {
        if (!inquiryIds.isEmpty()) {
            prospectOf.computeIfAbsent(nodeId, k -> ConcurrentHashMap.newKeySet()).addAll(inquiryIds);
        }
    }

    /** The ended inquiries the node was the prospective client of. */
    List<String> of(String nodeId) {
        return List.copyOf(prospectOf.getOrDefault(nodeId, Set.of()));
    }

    /** The nodes that were the inquiry's prospective client; each forgets it. */
    List<String> forget(String inquiryId) {
        List<String> nodes = new ArrayList<>();
        prospectOf.forEach((nodeId, inquiries) -> {
            if (inquiries.remove(inquiryId)) {
                nodes.add(nodeId);
            }
        });
        return nodes;
    }

    void removeNode(String nodeId) {
        prospectOf.remove(nodeId);
    }
}
