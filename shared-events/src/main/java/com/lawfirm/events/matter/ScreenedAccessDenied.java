package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A screened person tried to reach a walled matter and was told it does not exist; what they tried, and when. */
@Revision("1")
public record ScreenedAccessDenied(String wallId, String matterId, String login, String attempted, Instant at) {
}
