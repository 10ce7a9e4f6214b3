package com.lawfirm.conflict.search;

import com.lawfirm.events.party.PartyRole;

import java.util.List;

/**
 * Whose personal data a node's name is, so that what records it (a check's hit, a re-check's finding) seals it under
 * that data subject's key and loses it with the subject's erasure: the firm's client the node is, else the inquiry
 * whose prospective client it is; none for anyone else (an opposing party is the matter's record). A node merged from
 * several such people has its name sealed under one of them.
 */
final class DataSubjects {

    private DataSubjects() {
    }

    static String of(ConflictGraph graph, String nodeId, String ownInquiry) {
        FirmClient client = graph.client(nodeId);
        return client != null ? client.clientId() : prospectInquiryOf(graph, nodeId, ownInquiry);
    }

    /**
     * The inquiry whose prospective client the node is: an open one other than {@code ownInquiry} (the check's own)
     * first, then one that ended, then the check's own (the party searched may be found itself, and lead to its
     * affiliates).
     */
    static String prospectInquiryOf(ConflictGraph graph, String nodeId, String ownInquiry) {
        List<String> open = graph.matters(nodeId).stream()
                .filter(m -> MatterInvolvement.INQUIRY.equals(m.status()) && m.role() == PartyRole.CLIENT)
                .map(MatterInvolvement::matterRef).toList();
        return open.stream().filter(inquiry -> !inquiry.equals(ownInquiry)).findFirst()
                .or(() -> graph.endedInquiriesOf(nodeId).stream().findFirst())
                .orElse(open.isEmpty() ? null : open.get(0));
    }
}
