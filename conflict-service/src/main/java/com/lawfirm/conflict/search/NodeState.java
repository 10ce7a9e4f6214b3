package com.lawfirm.conflict.search;

import java.util.List;

/**
 * Everything the party graph holds about one node, as the index stores it so a restart resumes without the log; the
 * ended inquiries whose prospective client it was are kept for the prospect's erasure.
 */
public record NodeState(Node node, List<String> keys, List<MatterInvolvement> matters, List<Edge> edges,
                        List<StaffLink> staff, List<FirmClient> clients, List<String> prospectOf) {

    public NodeState {
        prospectOf = prospectOf == null ? List.of() : prospectOf; // as stored before prospects were kept
    }
}
