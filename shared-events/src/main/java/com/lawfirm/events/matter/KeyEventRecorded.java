package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Something the client must hear about happened (a hearing date, a ruling, a settlement offer, an emergency), with the time by which they must be told. */
@Revision("1")
public record KeyEventRecorded(String matterId, String keyEventId, KeyEventKind kind, String description, Instant occurredAt, Instant communicateBy) {
}
