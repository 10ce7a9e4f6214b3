package com.lawfirm.kit.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The rebuilds under way, kept in the service's database (table {@code projection_rebuild}) so that one a stop or a
 * crash interrupted is found when the service starts again. A mark is written before the projection's reset and
 * removed in the take-over's own transaction, or when the rebuild is given up.
 */
class RebuildMarks {

    private final JdbcTemplate jdbc;

    RebuildMarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void mark(String projection, int segments) {
        jdbc.update("INSERT INTO projection_rebuild (projection, segments, started_at) VALUES (?, ?, now())"
                + " ON CONFLICT (projection) DO UPDATE SET segments = excluded.segments, started_at = now()",
                projection, segments);
    }

    void done(String projection) {
        take(projection);
    }

    /** Removes the mark; true for the one caller, of several instances, whose delete removed it. */
    boolean take(String projection) {
        return jdbc.update("DELETE FROM projection_rebuild WHERE projection = ?", projection) == 1;
    }

    List<String> underWay() {
        return jdbc.queryForList("SELECT projection FROM projection_rebuild ORDER BY started_at", String.class);
    }
}
