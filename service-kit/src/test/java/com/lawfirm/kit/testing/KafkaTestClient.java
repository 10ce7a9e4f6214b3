package com.lawfirm.kit.testing;

import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.bus.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Plays another service on the test broker: publishes its events, and reads what a service under test published. */
public final class KafkaTestClient {

    private final EnvelopeCodec codec;

    public KafkaTestClient(EnvelopeCodec codec) {
        this.codec = codec;
    }

    /** Publishes {@code payload} as a new event on {@code topic} and returns its event id. */
    public String publish(String topic, Object payload) {
        return send(topic, GenericEventMessage.asEventMessage(payload));
    }

    /** Publishes {@code payload} as an aggregate's event, as a service's event store would publish it. */
    public String publish(String topic, String aggregateType, String aggregateId, long sequence, Object payload) {
        return send(topic, new org.axonframework.eventhandling.GenericDomainEventMessage<>(aggregateType, aggregateId,
                sequence, payload));
    }

    /** Publishes the very same event (same id) again, as a redelivery would. */
    public void publishAgain(String topic, Object payload, String eventId) {
        send(topic, new GenericEventMessage<>(eventId, payload, Map.of(), Instant.now()));
    }

    /**
     * Publishes an aggregate's event again under its own id, as a publisher resending after a crash does: on the
     * aggregate's partition, so it never overtakes the aggregate's earlier events still waiting there.
     */
    public void publishAgain(String topic, String aggregateType, String aggregateId, long sequence, Object payload,
                             String eventId) {
        send(topic, new org.axonframework.eventhandling.GenericDomainEventMessage<>(aggregateType, aggregateId, sequence,
                payload, Map.of(), eventId, Instant.now()));
    }

    /** Waits until an event on {@code topic} matches, reading the topic from its start. */
    public EventEnvelope awaitPublished(String topic, Predicate<EventEnvelope> match) {
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            reader.subscribe(List.of(topic));
            List<EventEnvelope> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                reader.poll(Duration.ofMillis(200)).forEach(r -> seen.add(codec.envelope(r.value())));
                return seen.stream().anyMatch(match);
            });
            return seen.stream().filter(match).findFirst().orElseThrow();
        }
    }

    private String send(String topic, EventMessage<?> message) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            // keyed as the publisher keys it: an aggregate's events share a partition, so they arrive in order
            String key = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                    : message.getIdentifier();
            producer.send(new ProducerRecord<>(topic, key, codec.encode(message))).get();
            return message.getIdentifier();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the test broker refused an event", e.getCause());
        }
    }
}
