package com.lawfirm.conflict.graph;

import com.lawfirm.kit.ServiceProperties;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How far the party graph has read the firm's events, and single nodes for the analysts. */
@RestController
@RequestMapping("/api")
class IndexStatusController {

    record IndexStatus(long eventsIndexed, long parties) {
    }

    private final ReadModelStore store;
    private final JdbcTemplate jdbc;
    private final String consumer;

    IndexStatusController(ReadModelStore store, JdbcTemplate jdbc, ServiceProperties service) {
        this.store = store;
        this.jdbc = jdbc;
        this.consumer = service.name() + "." + PartyGraph.PROCESSING_GROUP;
    }

    @GetMapping("/index/status")
    @PreAuthorize("hasAnyRole('CONFLICTS_ANALYST', 'PARTNER', 'AUDITOR', 'ADMIN')")
    IndexStatus status() {
        Long events = jdbc.queryForObject("SELECT count(*) FROM consumed_event WHERE consumer = ?", Long.class, consumer);
        long parties = store.find(PartyGraph.NODES, ReadModelQuery.all().page(0, 1), PartyNode.class).total();
        return new IndexStatus(events == null ? 0 : events, parties);
    }

    @GetMapping("/parties/{nodeId}")
    @PreAuthorize("hasAnyRole('CONFLICTS_ANALYST', 'PARTNER', 'AUDITOR', 'ADMIN')")
    PartyNode party(@PathVariable String nodeId) {
        return store.get(PartyGraph.NODES, nodeId, PartyNode.class).orElseThrow(() -> new NotFoundException("party", nodeId));
    }
}
