package com.lawfirm.kit.bus;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;

/**
 * One event as it travels on Kafka: the payload as JSON of its published type and revision, with the event id,
 * the aggregate it belongs to and the metadata (correlation, causation, acting user). Readable with any Kafka tool.
 */
public record EventEnvelope(
        String eventId,
        String type,
        String revision,
        Instant timestamp,
        String aggregateType,
        String aggregateId,
        Long sequenceNumber,
        Map<String, Object> metadata,
        JsonNode payload) {
}
