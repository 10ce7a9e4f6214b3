package com.lawfirm.conflict.graph;

import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The registered clients as party nodes, one by one, for the analysts. */
@RestController
class PartyNodeController {

    private final ReadModelStore store;

    PartyNodeController(ReadModelStore store) {
        this.store = store;
    }

    @GetMapping("/api/parties/{nodeId}")
    @PreAuthorize("hasAnyRole('CONFLICTS_ANALYST', 'PARTNER', 'AUDITOR', 'ADMIN')")
    PartyNode party(@PathVariable String nodeId) {
        return store.get(PartyGraph.NODES, nodeId, PartyNode.class).orElseThrow(() -> new NotFoundException("party", nodeId));
    }
}
