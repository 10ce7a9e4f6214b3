package com.lawfirm.kit.bus;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

/** The consumers' parking lot for events they could not handle (table {@code parked_event}). */
public class ParkedEvents {

    public record ParkedEvent(String consumer, String eventId, String sequenceKey, String reason, Instant parkedAt) {
    }

    private final JdbcTemplate jdbc;

    public ParkedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    java.util.Set<String> parkedSequences(String consumer) {
        return new java.util.HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT sequence_key FROM parked_event WHERE consumer = ?", String.class, consumer));
    }

    void park(String consumer, String eventId, String sequenceKey, String envelope, String reason) {
        jdbc.update("""
                INSERT INTO parked_event (consumer, event_id, sequence_key, envelope, reason) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (consumer, event_id) DO NOTHING""", consumer, eventId, sequenceKey, envelope,
                reason.length() > 2000 ? reason.substring(0, 2000) : reason);
    }

    public List<ParkedEvent> all() {
        return jdbc.query("SELECT consumer, event_id, sequence_key, reason, parked_at FROM parked_event ORDER BY parked_at",
                (rs, row) -> new ParkedEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()));
    }
}
