package com.lawfirm.conflict.search;

import com.lawfirm.kit.bus.BusProperties;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.bus.TopicAdmin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the party graph and its index from every event the firm has produced: each graph topic is read from its
 * first record, by partition assignment (no consumer group, nothing committed), so every instance holds a full
 * replica and a restarted instance rebuilds. It records how far it has read, so a check can tell whether the index
 * has seen every event published before it was asked.
 */
public class GraphFeeder implements SmartLifecycle {

    /** How far the feeder has read, per partition, and how many events meant something to the graph. */
    public record Status(long eventsRead, long eventsIndexed, Map<String, Long> positions) {
    }

    private static final Logger log = LoggerFactory.getLogger(GraphFeeder.class);

    private final GraphLoader loader;
    private final EnvelopeCodec codec;
    private final BusProperties bus;
    private final List<String> topics;
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public GraphFeeder(GraphLoader loader, EnvelopeCodec codec, BusProperties bus, List<String> topics) {
        this.loader = loader;
        this.codec = codec;
        this.bus = bus;
        this.topics = List.copyOf(topics);
    }

    @Override
    public synchronized void start() {
        TopicAdmin.ensureTopics(bus, topics);
        positions.clear();
        read.set(0);
        indexed.set(0);
        running = true;
        thread = new Thread(this::run, "party-graph-feeder");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            if (thread != null) {
                thread.join(Duration.ofSeconds(10).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    public Status status() {
        Map<String, Long> byPartition = new java.util.TreeMap<>();
        positions.forEach((partition, offset) -> byPartition.put(partition.toString(), offset));
        return new Status(read.get(), indexed.get(), byPartition);
    }

    /** The position this feeder has reached in a partition (the next offset it will read), if it reads it. */
    public Optional<Long> position(TopicPartition partition) {
        return Optional.ofNullable(positions.get(partition));
    }

    private void run() {
        KafkaConsumer<String, String> kafka = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bus.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer = kafka;
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : kafka.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            partitions.forEach(p -> positions.put(p, kafka.position(p)));
            while (running) {
                var records = kafka.poll(bus.pollTimeout());
                List<Object> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : records) {
                    read.incrementAndGet();
                    try {
                        codec.decode(record.value()).map(EventMessage::getPayload).ifPresent(batch::add);
                    } catch (RuntimeException unreadable) {
                        log.warn("skipping an unreadable record at {}-{}@{}: {}", record.topic(), record.partition(),
                                record.offset(), unreadable.toString());
                    }
                }
                for (Object event : batch) {
                    if (loader.apply(event)) {
                        indexed.incrementAndGet();
                    }
                }
                if (!records.isEmpty()) {
                    loader.apply(List.of());
                }
                records.partitions().forEach(p -> positions.put(p, kafka.position(p)));
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            log.error("the party graph feeder stopped", e);
        } finally {
            consumer = null;
            kafka.close(Duration.ofSeconds(5));
        }
    }
}
