package com.lawfirm.kit.audit;

import com.lawfirm.kit.audit.EventChain.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Recomputes an aggregate's chain from its stored events and reports the first link that does not hold. */
public class ChainVerifier {

    public record Verification(String aggregateId, boolean intact, long events, Long firstBrokenSequence, String finding) {
    }

    private final JdbcTemplate jdbc;

    public ChainVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Verification verify(String aggregateType, String aggregateId) {
        List<StoredEvent> events = jdbc.query(EventChain.SELECT + " WHERE aggregate_type = ? AND aggregate_id = ?"
                + " ORDER BY sequence_number", (rs, row) -> EventChain.read(rs), aggregateType, aggregateId);
        Map<Long, String> links = new HashMap<>();
        jdbc.query("SELECT sequence_number, hash FROM event_chain WHERE aggregate_id = ?",
                rs -> {
                    links.put(rs.getLong(1), rs.getString(2));
                }, aggregateId);
        String previous = EventChain.GENESIS;
        long expected = 0;
        for (StoredEvent event : events) {
            if (event.sequenceNumber() != expected) {
                return broken(aggregateId, events.size(), expected, "event " + expected + " is missing");
            }
            String link = links.remove(event.sequenceNumber());
            if (link == null) {
                return broken(aggregateId, events.size(), expected, "event " + expected + " has no link in the chain");
            }
            String hash = EventChain.hash(previous, event);
            if (!hash.equals(link)) {
                return broken(aggregateId, events.size(), expected, "event " + expected + " differs from what was stored");
            }
            previous = hash;
            expected++;
        }
        if (!links.isEmpty()) {
            long first = links.keySet().stream().min(Long::compare).orElseThrow();
            return broken(aggregateId, events.size(), first, "event " + first + " was removed");
        }
        return new Verification(aggregateId, true, events.size(), null, "intact");
    }

    private static Verification broken(String aggregateId, long events, long sequence, String finding) {
        return new Verification(aggregateId, false, events, sequence, finding);
    }
}
