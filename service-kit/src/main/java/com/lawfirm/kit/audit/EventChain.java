package com.lawfirm.kit.audit;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

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

    /**
     * Links one stored event to its aggregate's previous link (or {@link #GENESIS}), hashed by PostgreSQL from the row
     * as stored: the same bytes {@link #hash} hashes when {@link ChainVerifier} reads the row back, and the event's
     * payload never travels back to the service to be linked.
     */
    private static final String LINK = """
            INSERT INTO event_chain (aggregate_id, sequence_number, event_id, hash)
            SELECT e.aggregate_id, e.sequence_number, e.event_id, encode(sha256(convert_to(
                     coalesce(p.hash, '%s') || E'\\n' || concat_ws(E'\\x1f', e.event_id, coalesce(e.aggregate_type, ''),
                       e.aggregate_id, e.sequence_number::text, e.time_stamp, e.payload_type,
                       coalesce(e.payload_revision, ''), e.payload, coalesce(e.meta_data, '')), 'UTF8')), 'hex')
              FROM domain_event_entry e
              LEFT JOIN event_chain p ON p.aggregate_id = e.aggregate_id AND p.sequence_number = e.sequence_number - 1
             WHERE e.event_id = ?""".formatted(GENESIS);

    private final JdbcTemplate jdbc;

    public EventChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Links the events just stored (in the same transaction), in the order given: an aggregate's events are appended
     * in their order, so each one's previous link is stored before it, if not already.
     */
    void link(List<String> eventIds) {
        if (eventIds.size() == 1) {
            jdbc.update(LINK, eventIds.get(0));
        } else if (!eventIds.isEmpty()) {
            jdbc.batchUpdate(LINK, eventIds.stream().map(id -> new Object[]{id}).toList());
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
}
