package com.lawfirm.kit.readmodel;

import com.lawfirm.kit.scaling.LiveNodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * The rebuilds under way, kept in the service's database (table {@code projection_rebuild}) so that one a stop or a
 * crash interrupted is found when the service starts again, with the instance that runs each one and the epoch it took
 * it up in. A mark is written before the projection's reset and removed in the take-over's own transaction, or when
 * the rebuild is given up. An instance changes a mark only when it is its own, has no instance, or its instance is
 * gone ({@link LiveNodes}); a rebuild touches the shadow copies only while the mark holds its epoch.
 */
class RebuildMarks {

    /** What {@link #claim} answers when another live instance runs the rebuild. */
    static final long ELSEWHERE = -1;
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
     * Makes this instance the one that runs the projection's rebuild, marking it if it was not, and answers the mark's
     * epoch: a new one unless the mark was this instance's already; {@link #ELSEWHERE} while another live instance
     * runs it or waits for it. Of several instances asking at once, one gets it: the mark is locked before its
     * instance is looked at, so the look sees what the one before committed.
     */
    long claim(String projection, int segments) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Long epoch = transaction.execute(status -> claimOnce(projection, segments));
            if (epoch != null) {
                return epoch;
            }
            // the mark went (its rebuild over) between the insert and the lock: mark it anew
        }
        return ELSEWHERE;
    }

    private Long claimOnce(String projection, int segments) {
        Long inserted = jdbc.query("INSERT INTO projection_rebuild (projection, segments, started_at, node_id, epoch)"
                        + " VALUES (?, ?, now(), ?, nextval('projection_rebuild_epoch'))"
                        + " ON CONFLICT (projection) DO NOTHING RETURNING epoch",
                rows -> rows.next() ? rows.getLong(1) : null, projection, segments, self);
        if (inserted != null) {
            alive();
            return inserted;
        }
        List<String> owner = jdbc.queryForList("SELECT coalesce(node_id, '') FROM projection_rebuild"
                + " WHERE projection = ? FOR UPDATE", String.class, projection);
        if (owner.isEmpty()) {
            return null;
        }
        if (owner.get(0).equals(self)) {
            alive();
            return jdbc.queryForObject("UPDATE projection_rebuild SET epoch = coalesce(epoch,"
                    + " nextval('projection_rebuild_epoch')) WHERE projection = ? RETURNING epoch", Long.class,
                    projection);
        }
        // a fresh statement after the lock: it sees what whoever held the mark before committed
        Long taken = jdbc.query("UPDATE projection_rebuild SET node_id = ?, segments = ?,"
                        + " epoch = nextval('projection_rebuild_epoch') WHERE projection = ?" + NOT_A_LIVE_OTHER
                        + " RETURNING epoch", rows -> rows.next() ? rows.getLong(1) : null, self, segments, projection,
                self);
        if (taken == null) {
            return ELSEWHERE;
        }
        alive();
        return taken;
    }

    /** Alive from now on for the others' look, though this instance's first beat may be yet to come. */
    private void alive() {
        jdbc.update("INSERT INTO processor_node (node_id, seen_at) VALUES (?, now())"
                + " ON CONFLICT (node_id) DO UPDATE SET seen_at = now()", self);
    }

    /**
     * Whether the mark still holds this instance's {@code epoch}, locked until the caller's transaction ends: no other
     * instance takes the rebuild up while a take-over or a give-up that asked commits.
     */
    boolean holds(String projection, long epoch) {
        return !jdbc.queryForList("SELECT 1 FROM projection_rebuild WHERE projection = ? AND node_id = ? AND epoch = ?"
                + " FOR UPDATE", Integer.class, projection, self, epoch).isEmpty();
    }

    /** The rebuild of {@code epoch} is over: its mark goes, unless another instance has taken the rebuild up since. */
    void done(String projection, long epoch) {
        jdbc.update("DELETE FROM projection_rebuild WHERE projection = ? AND epoch = ?", projection, epoch);
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
