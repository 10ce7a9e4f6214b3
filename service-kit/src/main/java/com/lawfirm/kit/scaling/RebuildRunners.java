package com.lawfirm.kit.scaling;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * The live instance that runs each read model's rebuild under way, or waits for the others' segments to run it, as
 * {@code projection_rebuild} records it. A rebuild whose instance is gone, or recorded before instances were, has
 * none until an instance looks at it and takes it up.
 */
class RebuildRunners {

    private final JdbcTemplate jdbc;

    RebuildRunners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each processing group being rebuilt, with the live instance that runs its rebuild or waits to, or null when no
     * live instance does (its instance is gone, and no other has taken the rebuild up yet).
     */
    Map<String, String> byProcessingGroup() {
        Map<String, String> runners = new HashMap<>();
        jdbc.query("SELECT projection, CASE WHEN node_id IN (" + LiveNodes.QUERY + ") THEN node_id END"
                + " FROM projection_rebuild", row -> {
                    runners.put(row.getString(1), row.getString(2));
                });
        return runners;
    }
}
