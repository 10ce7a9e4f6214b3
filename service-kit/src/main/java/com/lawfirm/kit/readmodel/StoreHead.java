package com.lawfirm.kit.readmodel;

import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

/** How far the service's event store reaches, and where a projection's replay of it ends. */
class StoreHead {

    private final EventStore events;
    private final JdbcTemplate jdbc;

    StoreHead(EventStore events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The position of the last stored event, or -1 for an empty store. */
    long position() {
        TrackingToken head = events.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** The position of the last stored event up to {@code head} that the processor's handlers take, or -1. */
    long lastHandled(TrackingEventProcessor processor, long head) {
        var invoker = processor.eventHandlerInvoker();
        long last = -1;
        for (Map<String, Object> row : jdbc.queryForList("SELECT payload_type, max(global_index) AS last"
                + " FROM domain_event_entry WHERE global_index <= ? GROUP BY payload_type", head)) {
            try {
                Class<?> type = Class.forName((String) row.get("payload_type"), false, getClass().getClassLoader());
                if (invoker.canHandleType(type)) {
                    last = Math.max(last, ((Number) row.get("last")).longValue());
                }
            } catch (ClassNotFoundException e) {
                // a type this service no longer has: none of its handlers take it
            }
        }
        return last;
    }
}
