package com.lawfirm.kit.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The rebuilds under way, kept in the service's database (table {@code projection_rebuild}) so that one a stop or a
 * crash interrupted is found when the service starts again, with the instance that runs each one. A mark is written
 * before the projection's reset and removed in the take-over's own transaction, or when the rebuild is given up.
 */
class RebuildMarks {

    private final JdbcTemplate jdbc;
    private final String self;

    RebuildMarks(JdbcTemplate jdbc, String self) {
        this.jdbc = jdbc;
        this.self = self;
    }

    /** Marks the rebuild under way here, whoever ran it before. */
    void mark(String projection, int segments) {
        jdbc.update("INSERT INTO projection_rebuild (projection, segments, started_at, node_id) VALUES (?, ?, now(), ?)"
                + " ON CONFLICT (projection) DO UPDATE SET segments = excluded.segments, started_at = now(),"
                + " node_id = excluded.node_id", projection, segments, self);
    }

    /**
     * Makes this instance the one that runs the projection's rebuild, marking it if it was not: true unless another
     * live instance (one in {@code processor_node}) runs it or waits for it. Of several instances asking at once, one
     * gets it.
     */
    boolean claim(String projection, int segments) {
        // alive from now on for the others' look, though this instance's first beat may be yet to come
        jdbc.update("INSERT INTO processor_node (node_id, seen_at) VALUES (?, now())"
                + " ON CONFLICT (node_id) DO UPDATE SET seen_at = now()", self);
        return jdbc.update("INSERT INTO projection_rebuild AS r (projection, segments, started_at, node_id)"
                + " VALUES (?, ?, now(), ?) ON CONFLICT (projection) DO UPDATE SET node_id = excluded.node_id"
                + " WHERE r.node_id IS NULL OR r.node_id = excluded.node_id"
                + " OR r.node_id NOT IN (SELECT node_id FROM processor_node)", projection, segments, self) == 1;
    }

    void done(String projection) {
        jdbc.update("DELETE FROM projection_rebuild WHERE projection = ?", projection);
    }

    List<String> underWay() {
        return jdbc.queryForList("SELECT projection FROM projection_rebuild ORDER BY started_at", String.class);
    }
}
