package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A client took a new name; the previous one is kept as a former name (曾用名) from that date. */
@Revision("1")
public record ClientRenamed(String clientId, String newName, String formerName, LocalDate effectiveFrom) {
}
