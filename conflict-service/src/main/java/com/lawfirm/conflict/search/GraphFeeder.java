package com.lawfirm.conflict.search;

import com.lawfirm.kit.bus.BusProperties;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.bus.TopicAdmin;
import com.lawfirm.kit.problem.TemporarilyUnavailableException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the party graph and its index from every event the firm has produced: each graph topic is read by partition
 * assignment (no consumer group, nothing committed to Kafka), so every instance holds a full replica. The positions
 * read are committed with the index itself ({@link IndexCheckpoint}), so a restart resumes from its last commit and a
 * fresh instance (or a rebuild, which clears the index) reads from the first record. The positions it publishes are
 * those whose events are searchable, so a check can tell whether the index has seen every event published before it
 * was asked; while stopped or rebuilding it publishes none, so checks wait.
 */
public class GraphFeeder implements SmartLifecycle {

    /**
     * How far the feeder has read, per partition, how many events meant something to the graph, and where its last
     * start began: {@code INDEX} (resumed from the index on disk) or {@code FIRST_EVENT} (rebuilt from the log).
     */
    public record Status(long eventsRead, long eventsIndexed, Map<String, Long> positions, String startedFrom) {
    }

    private static final Logger log = LoggerFactory.getLogger(GraphFeeder.class);

    private final ConflictGraph graph;
    private final PartyIndex index;
    private final GraphLoader loader;
    private final Rechecks rechecks;
    private final RecheckMarks marks;
    private final EnvelopeCodec codec;
    private final BusProperties bus;
    private final List<String> topics;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong generation = new AtomicLong();
    /** The published positions of the current run: replaced, not cleared, so a stopped run cannot publish more. */
    private volatile Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private volatile String startedFrom = "NOT_STARTED";
    private volatile AtomicBoolean running = new AtomicBoolean(false);
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    /** {@code marks} may be null: re-checks then resume, after a rebuild, from where the log ended at its start. */
    public GraphFeeder(ConflictGraph graph, PartyIndex index, GraphLoader loader, Rechecks rechecks, RecheckMarks marks,
                       EnvelopeCodec codec, BusProperties bus, List<String> topics) {
        this.graph = graph;
        this.index = index;
        this.loader = loader;
        this.rechecks = rechecks;
        this.marks = marks;
        this.codec = codec;
        this.bus = bus;
        this.topics = List.copyOf(topics);
    }

    @Override
    public synchronized void start() {
        if (thread != null && thread.isAlive()) {
            throw new TemporarilyUnavailableException("the party graph feeder is still stopping", 5);
        }
        TopicAdmin.ensureTopics(bus, topics);
        AtomicBoolean run = new AtomicBoolean(true);
        Map<TopicPartition, Long> published = new ConcurrentHashMap<>();
        running = run;
        positions = published;
        startedFrom = "STARTING";
        thread = new Thread(() -> run(run, published), "party-graph-feeder");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        generation.incrementAndGet();
        positions = new ConcurrentHashMap<>();
        running.set(false);
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            if (thread != null) {
                thread.join(Duration.ofSeconds(60).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread != null && thread.isAlive()) {
            log.warn("the party graph feeder has not stopped within a minute");
        }
    }

    /** Empties the graph and its index and reads the log again from its first event. */
    public synchronized void rebuild() {
        stop();
        if (thread != null && thread.isAlive()) {
            throw new TemporarilyUnavailableException("the party graph feeder is still stopping; try again shortly", 10);
        }
        graph.clear();
        index.clear();
        rechecks.clear();
        start();
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    /** Changes whenever the feeder stops: a search that spans a change may have seen a half-cleared index. */
    public long generation() {
        return generation.get();
    }

    public Status status() {
        Map<String, Long> byPartition = new TreeMap<>();
        positions.forEach((partition, offset) -> byPartition.put(partition.toString(), offset));
        return new Status(read.get(), indexed.get(), byPartition, startedFrom);
    }

    /** The partitions read, each with the position reached (the next offset whose event is not yet searchable). */
    public Map<TopicPartition, Long> positions() {
        return Map.copyOf(positions);
    }

    /** The position this feeder has reached in a partition, if it reads it. */
    public Optional<Long> position(TopicPartition partition) {
        return Optional.ofNullable(positions.get(partition));
    }

    private void run(AtomicBoolean run, Map<TopicPartition, Long> published) {
        KafkaConsumer<String, String> kafka = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bus.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, GraphReading.MAX_POLL_RECORDS,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer = kafka;
        GraphReading reading = null;
        boolean clean = false;
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : kafka.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            kafka.assign(partitions);
            reading = new GraphReading(loader, index, rechecks, marks, read, indexed, this::decode,
                    IndexCheckpoint.clusterId(bus), published);
            resume(kafka, partitions, reading);
            while (run.get()) {
                reading.handle(kafka.poll(bus.pollTimeout()));
            }
            clean = true;
        } catch (WakeupException e) {
            clean = true; // stopping
        } catch (RuntimeException e) {
            // what this run read may be half applied: nothing of it is published or committed, and its positions are
            // withdrawn, so checks wait (and are refused) instead of trusting a feeder that has stopped
            log.error("the party graph feeder stopped; conflict checks are refused until it is started again", e);
            published.clear();
            run.set(false);
        } finally {
            consumer = null;
            try {
                if (reading != null && clean) {
                    reading.finish();
                }
            } catch (RuntimeException e) {
                log.warn("the party graph index could not record its last positions: {}", e.toString());
            } finally {
                kafka.close(Duration.ofSeconds(5));
            }
        }
    }

    /**
     * Puts the graph back from the index's last commit and reads on from the positions it reflects; or, when there is
     * none, when it was built by another matcher or format, from another cluster, or from positions the log no
     * longer has, starts again from the first event.
     */
    private void resume(KafkaConsumer<String, String> kafka, List<TopicPartition> partitions, GraphReading reading) {
        Map<String, String> committed = index.committed();
        Map<TopicPartition, Long> ends = kafka.endOffsets(partitions);
        Map<TopicPartition, Long> beginnings = kafka.beginningOffsets(partitions);
        String unusable = IndexCheckpoint.unusable(committed, partitions, reading.cluster, ends, beginnings);
        graph.clear();
        rechecks.clear();
        Map<TopicPartition, Long> from;
        if (unusable == null) {
            index.load(graph::restore, graph::restoreEndedInquiry);
            graph.drainTouched();
            index.refresh();
            read.set(IndexCheckpoint.count(committed, "read"));
            indexed.set(IndexCheckpoint.count(committed, "indexed"));
            from = IndexCheckpoint.positions(committed, partitions);
            // what is read from here on is new to this index: re-check it
            reading.recheckFrom(Map.of());
            startedFrom = "INDEX";
            log.info("party graph resumed from its index: {} parties, {} events read before", graph.size(), read.get());
        } else {
            index.clear();
            read.set(0);
            indexed.set(0);
            from = beginnings;
            // events some instance has re-checked already are not re-checked again
            reading.recheckFrom(recheckedThrough(partitions, ends));
            startedFrom = "FIRST_EVENT";
            log.info("party graph rebuilt from the first event: {}", unusable);
        }
        from.forEach(kafka::seek);
        reading.published.putAll(from);
    }

    private Map<TopicPartition, Long> recheckedThrough(List<TopicPartition> partitions, Map<TopicPartition, Long> ends) {
        if (marks == null) {
            return ends;
        }
        Map<String, Long> through = marks.load();
        Map<TopicPartition, Long> from = new HashMap<>();
        partitions.forEach(p -> from.put(p, through.getOrDefault(p.toString(), 0L)));
        return from;
    }

    private Object decode(ConsumerRecord<String, String> record) {
        try {
            return codec.decode(record.value()).map(EventMessage::getPayload).orElse(null);
        } catch (RuntimeException unreadable) {
            log.warn("skipping an unreadable record at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), unreadable.toString());
            return null;
        }
    }
}
