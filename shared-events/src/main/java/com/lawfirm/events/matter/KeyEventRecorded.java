package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Something the client must hear about happened (a hearing date, a ruling, a settlement offer, an emergency), with the
 * time by which they must be told. Since revision 2 the description is sealed under the matter, as the client's
 * records, and goes with the client's erasure; revision 1 stored it in clear.
 */
@Revision("2")
public record KeyEventRecorded(String matterId, String keyEventId, KeyEventKind kind,
                               @PersonalData(subject = "matterId") String description, Instant occurredAt,
                               Instant communicateBy) {
}
