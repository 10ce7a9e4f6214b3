package com.lawfirm.kit.testapp;

import com.lawfirm.kit.testapp.NoteEvents.NoteCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A consumer in "another service": fed from Kafka when {@code lawfirm.bus.consumers.ledger} is set. It records every
 * handling without any guard of its own, so a row counted twice would mean the bus handled an event twice.
 */
@Component
@ProcessingGroup("ledger")
class NoteLedger {

    private final JdbcTemplate jdbc;

    NoteLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A note whose title starts with 毒 ("poison") cannot be handled: the consumer must park it, not stall. */
    @EventHandler
    void on(NoteCreated event, EventMessage<?> message) {
        if (event.title().startsWith("毒")) {
            throw new IllegalStateException("this note cannot be handled");
        }
        jdbc.update("INSERT INTO handled_note (note_id, event_id, user_id, correlation_id) VALUES (?, ?, ?, ?)",
                event.noteId(), message.getIdentifier(), message.getMetaData().get("userId"),
                message.getMetaData().get("correlationId"));
    }

    /** Closings are taken too, so a poisoned note's closing is parked behind it. */
    @EventHandler
    void on(NoteEvents.NoteClosed event, EventMessage<?> message) {
        jdbc.update("INSERT INTO closed_note (note_id, event_id) VALUES (?, ?)", event.noteId(), message.getIdentifier());
    }
}
