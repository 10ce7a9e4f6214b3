package com.lawfirm.kit.bus;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Publishes every event of this service's store to its Kafka topic, keyed by aggregate id so per-aggregate order
 * holds. It runs in a tracking processor that starts at the tail of the store, and the processor's token only
 * moves once the broker has acknowledged the whole batch: an event committed just before a crash is published
 * after the restart, and a crash after sending but before the token moved publishes it again (consumers
 * de-duplicate by event id).
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING = KafkaEventPublisher.class.getName() + ".pending";

    private final Producer<String, String> producer;
    private final EnvelopeCodec codec;
    private final String topic;

    public KafkaEventPublisher(Producer<String, String> producer, EnvelopeCodec codec, String topic) {
        this.producer = producer;
        this.codec = codec;
        this.topic = topic;
    }

    @EventHandler
    public void publish(EventMessage<?> event) {
        String key = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, codec.encode(event));
        record.headers().add("eventId", event.getIdentifier().getBytes(StandardCharsets.UTF_8));
        Future<RecordMetadata> sent = producer.send(record);
        if (CurrentUnitOfWork.isStarted()) {
            pendingSends(CurrentUnitOfWork.get().root()).add(sent);
        } else {
            await(List.of(sent));
        }
    }

    /** Sends of one batch are awaited together before the batch (and its token) commits. */
    private static List<Future<RecordMetadata>> pendingSends(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            List<Future<RecordMetadata>> pending = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> await(pending));
            return pending;
        });
    }

    private static void await(List<Future<RecordMetadata>> sends) {
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing events", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not acknowledge an event", e.getCause());
        }
    }
}
