package com.lawfirm.kit.scaling;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/** The live instances of this service, as each one records itself in {@code processor_node}. */
class ProcessorNodes {

    private final JdbcTemplate jdbc;
    private final String self;

    ProcessorNodes(JdbcTemplate jdbc, String self) {
        this.jdbc = jdbc;
        this.self = self;
    }

    String self() {
        return self;
    }

    /** This instance is alive; returns how many are, counting itself. */
    int beat(Duration gone) {
        jdbc.update("INSERT INTO processor_node (node_id, seen_at) VALUES (?, now())"
                + " ON CONFLICT (node_id) DO UPDATE SET seen_at = now()", self);
        jdbc.update("DELETE FROM processor_node WHERE seen_at < now() - make_interval(secs => ?)", gone.toMillis() / 1000.0);
        Integer live = jdbc.queryForObject("SELECT count(*) FROM processor_node", Integer.class);
        return Math.max(1, live == null ? 1 : live);
    }

    void leave() {
        jdbc.update("DELETE FROM processor_node WHERE node_id = ?", self);
    }
}
