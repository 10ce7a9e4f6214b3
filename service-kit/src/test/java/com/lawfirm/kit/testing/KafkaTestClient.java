package com.lawfirm.kit.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

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
public final class KafkaTestClient implements AutoCloseable {

    private final EnvelopeCodec codec;
    /** The shared test stack's broker when null. */
    private final String bootstrapServers;
    /** One for the client's life, as a service has (its I/O thread is a daemon: an unclosed client holds no JVM). */
    private KafkaProducer<String, String> producer;

    public KafkaTestClient(EnvelopeCodec codec) {
        this(codec, null);
    }

    private KafkaTestClient(EnvelopeCodec codec, String bootstrapServers) {
        this.codec = codec;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * On a broker of the test's own (one it stops and starts), writing envelopes as a service does: its event
     * serializer is Jackson with Spring Boot's settings (dates as ISO text, unknown properties ignored).
     */
    public static KafkaTestClient on(String bootstrapServers) {
        ObjectMapper json = Jackson2ObjectMapperBuilder.json().featuresToDisable(
                SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS).build();
        return new KafkaTestClient(new EnvelopeCodec(JacksonSerializer.builder().objectMapper(json).build(), json),
                bootstrapServers);
    }

    private String bootstrapServers() {
        return bootstrapServers != null ? bootstrapServers : TestStack.get().bootstrapServers();
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
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
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

    /** Publishes an envelope as written, however malformed: keyed by its aggregate, it shares that one's partition. */
    public void publishEnvelope(String topic, String key, String envelope) {
        try {
            producer().send(new ProducerRecord<>(topic, key, envelope)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the test broker refused an event", e.getCause());
        }
    }

    private String send(String topic, EventMessage<?> message) {
        // keyed as the publisher keys it: an aggregate's events share a partition, so they arrive in order
        String key = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : message.getIdentifier();
        publishEnvelope(topic, key, codec.encode(message));
        return message.getIdentifier();
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        }
        return producer;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
            producer = null;
        }
    }
}
