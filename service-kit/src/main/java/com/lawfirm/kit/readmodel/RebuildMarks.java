package com.lawfirm.kit.readmodel;

import com.lawfirm.kit.scaling.LiveNodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * The rebuilds under way, kept in the service's database (table {@code projection_rebuild}) so that one a stop or a
 * crash interrupted is found when the service starts again, with the instance that runs each one. A mark is written
 * before the projection's reset and removed in the take-over's own transaction, or when the rebuild is given up.
 * An instance changes a mark only when it is its own, has no instance, or its instance is gone ({@link LiveNodes}).
 */
class RebuildMarks {

    private static final String NOT_A_LIVE_OTHER = " AND (node_id IS NULL OR node_id = ? OR node_id NOT IN ("
            + LiveNodes.QUERY + "))";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String self;

    RebuildMarks(JdbcTemplate jdbc, TransactionTemplate transaction, String self) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.self = self;
    }

    /**
     * Makes this instance the one that runs the projection's rebuild, marking it if it was not: true unless another
     * live instance runs it or waits for it. Of several instances asking at once, one gets it: the mark is locked
     * before its instance is looked at, so the look sees what the one before committed.
     */
    boolean claim(String projection, int segments) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            // alive from now on for the others' look, though this instance's first beat may be yet to come
            jdbc.update("INSERT INTO processor_node (node_id, seen_at) VALUES (?, now())"
                    + " ON CONFLICT (node_id) DO UPDATE SET seen_at = now()", self);
            int marked = jdbc.update("INSERT INTO projection_rebuild (projection, segments, started_at, node_id)"
                    + " VALUES (?, ?, now(), ?) ON CONFLICT (projection) DO NOTHING", projection, segments, self);
            if (marked == 1) {
                return true;
            }
            jdbc.queryForList("SELECT node_id FROM projection_rebuild WHERE projection = ? FOR UPDATE", String.class,
                    projection);
            return jdbc.update("UPDATE projection_rebuild SET node_id = ?, segments = ? WHERE projection = ?"
                    + NOT_A_LIVE_OTHER, self, segments, projection, self) == 1;
        }));
    }

    /** Removes the mark, unless another live instance runs the rebuild. */
    void done(String projection) {
        jdbc.update("DELETE FROM projection_rebuild WHERE projection = ?" + NOT_A_LIVE_OTHER, projection, self);
    }

    List<String> underWay() {
        return jdbc.queryForList("SELECT projection FROM projection_rebuild ORDER BY started_at", String.class);
    }

    /** The rebuilds this instance runs or waits to run. */
    List<String> ownUnderWay() {
        return jdbc.queryForList("SELECT projection FROM projection_rebuild WHERE node_id = ?", String.class, self);
    }
}
