package com.lawfirm.kit.scaling;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;

/**
 * The live instance that runs each read model's rebuild under way, or waits for the others' segments to run it, as
 * {@code projection_rebuild} records it. A rebuild whose instance is gone, or recorded before instances were, has
 * none: the first instance to look at it takes it up.
 */
class RebuildRunners {

    private final JdbcTemplate jdbc;

    RebuildRunners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The live runner of each processing group being rebuilt. */
    Map<String, String> byProcessingGroup() {
        Map<String, String> runners = new HashMap<>();
        jdbc.query("SELECT r.projection, r.node_id FROM projection_rebuild r"
                        + " JOIN processor_node n ON n.node_id = r.node_id",
                row -> {
                    runners.put(row.getString(1), row.getString(2));
                });
        return runners;
    }
}
