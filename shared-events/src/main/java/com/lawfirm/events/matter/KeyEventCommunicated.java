package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The client was told of a key event: by whom, how, and when. */
@Revision("1")
public record KeyEventCommunicated(String matterId, String keyEventId, String channel, String communicatedTo, String communicatedBy, Instant communicatedAt) {
}
