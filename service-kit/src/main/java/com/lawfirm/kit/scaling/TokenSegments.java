package com.lawfirm.kit.scaling;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;

/** The segments of the processing groups as the token table holds them, across every instance of the service. */
public class TokenSegments {

    private final JdbcTemplate jdbc;
    private final NodeId self;

    public TokenSegments(JdbcTemplate jdbc, NodeId self) {
        this.jdbc = jdbc;
        this.self = self;
    }

    /** How many segments each processing group has. */
    public Map<String, Integer> byProcessingGroup() {
        Map<String, Integer> segments = new HashMap<>();
        jdbc.query("SELECT processor_name, count(*) FROM token_entry GROUP BY processor_name",
                row -> {
                    segments.put(row.getString(1), row.getInt(2));
                });
        return segments;
    }

    public int of(String processingGroup) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Integer.class,
                processingGroup);
        return count == null ? 0 : count;
    }

    /** How many segments of the group other instances hold. */
    public int heldElsewhere(String processingGroup) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?"
                + " AND owner IS NOT NULL AND owner <> ?", Integer.class, processingGroup, self.value());
        return count == null ? 0 : count;
    }
}
