package com.lawfirm.kit.audit;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hash chain over each aggregate's stored events. A link is SHA-256 over the previous link and the event exactly
 * as stored (id, aggregate, sequence, time, type, revision, payload, metadata), so verification needs nothing but
 * the two tables.
 */
public class EventChain {

    /** The link before an aggregate's first event, and before events stored before chaining began. */
    static final String GENESIS = "0".repeat(64);

    record StoredEvent(String eventId, String aggregateType, String aggregateId, long sequenceNumber, String timestamp,
                       String payloadType, String payloadRevision, String payload, String metadata) {

        String canonical() {
            return String.join("\u001f", eventId, nullToEmpty(aggregateType), aggregateId, Long.toString(sequenceNumber),
                    timestamp, payloadType, nullToEmpty(payloadRevision), payload, nullToEmpty(metadata));
        }

        private static String nullToEmpty(String text) {
            return text == null ? "" : text;
        }
    }

    static final String SELECT = "SELECT event_id, aggregate_type, aggregate_id, sequence_number, time_stamp, "
            + "payload_type, payload_revision, payload, meta_data FROM domain_event_entry";

    private final JdbcTemplate jdbc;

    public EventChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Links the events just stored (in the same transaction), each to its aggregate's previous link. */
    void link(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        String placeholders = String.join(",", java.util.Collections.nCopies(eventIds.size(), "?"));
        List<StoredEvent> stored = jdbc.query(SELECT + " WHERE event_id IN (" + placeholders + ")"
                + " ORDER BY aggregate_id, sequence_number", (rs, row) -> read(rs), eventIds.toArray());
        Map<String, String> previous = new LinkedHashMap<>();
        for (StoredEvent event : stored) {
            String before = previous.computeIfAbsent(event.aggregateId(), id -> linkBefore(id, event.sequenceNumber()));
            String hash = hash(before, event);
            jdbc.update("INSERT INTO event_chain (aggregate_id, sequence_number, event_id, hash) VALUES (?, ?, ?, ?)",
                    event.aggregateId(), event.sequenceNumber(), event.eventId(), hash);
            previous.put(event.aggregateId(), hash);
        }
    }

    static String hash(String previous, StoredEvent event) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(event.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static StoredEvent read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    private String linkBefore(String aggregateId, long sequenceNumber) {
        if (sequenceNumber == 0) {
            return GENESIS;
        }
        List<String> link = jdbc.queryForList("SELECT hash FROM event_chain WHERE aggregate_id = ? AND sequence_number = ?",
                String.class, aggregateId, sequenceNumber - 1);
        return link.isEmpty() ? GENESIS : link.get(0);
    }
}
