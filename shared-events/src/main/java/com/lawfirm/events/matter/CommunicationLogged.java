package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A communication with the client or another party was logged on the client file. */
@Revision("1")
public record CommunicationLogged(String matterId, String communicationId, String channel, CommunicationDirection direction, String counterpart, String summary, Instant at, String loggedBy) {
}
