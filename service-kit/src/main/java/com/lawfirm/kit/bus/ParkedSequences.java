package com.lawfirm.kit.bus;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.util.HashSet;
import java.util.Set;

/**
 * The sequences (aggregates) of one consumer that have an event parked: every later event of such a sequence is
 * parked behind it, so each aggregate's events are still applied in order once the parked ones are fixed and drained,
 * while the rest of the stream goes on.
 */
final class ParkedSequences {

    private final ParkedEvents parked;
    private final String consumer;
    private volatile Set<String> sequences = Set.of();

    ParkedSequences(ParkedEvents parked, String consumer) {
        this.parked = parked;
        this.consumer = consumer;
    }

    /** Reads the consumer's parked sequences again, as the consumer (re)starts. */
    void load() {
        sequences = parked.parkedSequences(consumer);
    }

    /** Parks the event if an earlier one of its sequence is parked; says whether it did. */
    boolean parkedBehindAnother(EventMessage<?> event, ConsumerRecord<String, String> record) {
        if (!sequences.contains(sequenceOf(event))) {
            return false;
        }
        park(event, record, "an earlier event of its sequence is parked");
        return true;
    }

    void park(EventMessage<?> event, ConsumerRecord<String, String> record, String reason) {
        parked.park(consumer, event.getIdentifier(), sequenceOf(event), record.value(), reason);
        Set<String> updated = new HashSet<>(sequences);
        updated.add(sequenceOf(event));
        sequences = updated;
    }

    /** A record no codec can read: parked under its position, as it has no event id. */
    void parkUnreadable(ConsumerRecord<String, String> record, RuntimeException why) {
        parked.park(consumer, record.topic() + "@" + record.partition() + ":" + record.offset(),
                String.valueOf(record.key()), record.value(), "unreadable: " + why);
    }

    /** Events of one aggregate form a sequence; an event of no aggregate is a sequence of its own. */
    static String sequenceOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
    }
}
