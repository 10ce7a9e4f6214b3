package com.lawfirm.conflict.search;

import com.lawfirm.kit.bus.BusProperties;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.bus.TopicAdmin;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the party graph and its index from every event the firm has produced: each graph topic is read by partition
 * assignment (no consumer group, nothing committed to Kafka), so every instance holds a full replica. The positions
 * read are committed with the index itself, so a restart resumes from its last commit and a fresh instance (or a
 * rebuild, which clears the index) reads from the first record. It records how far it has read, so a check can tell
 * whether the index has seen every event published before it was asked.
 */
public class GraphFeeder implements SmartLifecycle {

    /**
     * How far the feeder has read, per partition, how many events meant something to the graph, and where its last
     * start began: {@code INDEX} (resumed from the index on disk) or {@code FIRST_EVENT} (rebuilt from the log).
     */
    public record Status(long eventsRead, long eventsIndexed, Map<String, Long> positions, String startedFrom) {
    }

    private static final String POSITION = "position:";
    private static final Logger log = LoggerFactory.getLogger(GraphFeeder.class);

    private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);
    private static final Duration REFRESH_WHILE_CATCHING_UP = Duration.ofSeconds(1);
    private static final int MAX_POLL_RECORDS = 2000;

    private final ConflictGraph graph;
    private final PartyIndex index;
    private final GraphLoader loader;
    private final Rechecks rechecks;
    /** Where the log ended when a rebuild began: only later events are re-checked (null once all are passed). */
    private Map<TopicPartition, Long> rebuildEnds;
    private final EnvelopeCodec codec;
    private final BusProperties bus;
    private final List<String> topics;
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private volatile boolean running;
    private volatile String startedFrom = "NOT_STARTED";
    /** Whether records were flushed into the index since its last commit; only the feeding thread uses it. */
    private boolean uncommitted;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public GraphFeeder(ConflictGraph graph, PartyIndex index, GraphLoader loader, Rechecks rechecks, EnvelopeCodec codec,
                       BusProperties bus, List<String> topics) {
        this.rechecks = rechecks;
        this.graph = graph;
        this.index = index;
        this.loader = loader;
        this.codec = codec;
        this.bus = bus;
        this.topics = List.copyOf(topics);
    }

    @Override
    public synchronized void start() {
        TopicAdmin.ensureTopics(bus, topics);
        positions.clear();
        startedFrom = "STARTING";
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
        return new Status(read.get(), indexed.get(), byPartition, startedFrom);
    }

    /** The partitions read, each with the position reached (the next offset to read). */
    public Map<TopicPartition, Long> positions() {
        return Map.copyOf(positions);
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
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer = kafka;
        String cluster = null;
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : kafka.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            kafka.assign(partitions);
            cluster = clusterId();
            resume(kafka, partitions, cluster);
            Instant lastCommit = Instant.now();
            Instant lastRefresh = Instant.now();
            Map<TopicPartition, Long> stored = new HashMap<>();
            while (running) {
                var records = kafka.poll(bus.pollTimeout());
                for (ConsumerRecord<String, String> record : records) {
                    read.incrementAndGet();
                    if (rebuildEnds != null) {
                        rechecks.enable(record.offset() >= rebuildEnds.getOrDefault(
                                new TopicPartition(record.topic(), record.partition()), 0L));
                    }
                    Object event = decode(record);
                    if (event != null && loader.apply(event)) {
                        indexed.incrementAndGet();
                    }
                }
                if (!records.isEmpty()) {
                    loader.store();
                }
                records.partitions().forEach(p -> stored.put(p, kafka.position(p)));
                // while catching up, a refresh a second; at the log's end, each batch at once. Positions are published
                // only with the refresh that makes their events searchable: a check trusts them.
                boolean catchingUp = records.count() >= MAX_POLL_RECORDS;
                if (!stored.isEmpty() && (!catchingUp || Instant.now().isAfter(lastRefresh.plus(REFRESH_WHILE_CATCHING_UP)))) {
                    loader.refresh();
                    positions.putAll(stored);
                    stored.clear();
                    lastRefresh = Instant.now();
                    uncommitted = true;
                }
                if (rebuildEnds != null && rebuildEnds.entrySet().stream()
                        .allMatch(e -> positions.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
                    rebuildEnds = null;
                    rechecks.enable(true);
                }
                if (uncommitted && (records.isEmpty() || Instant.now().isAfter(lastCommit.plus(COMMIT_EVERY)))) {
                    index.commit(checkpoint(cluster));
                    lastCommit = Instant.now();
                    uncommitted = false;
                }
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            log.error("the party graph feeder stopped", e);
        } finally {
            if (uncommitted) {
                // what was read and flushed is kept, so the next start resumes after it
                index.commit(checkpoint(cluster));
                uncommitted = false;
            }
            consumer = null;
            kafka.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Puts the graph back from the index's last commit and reads on from the positions it reflects; or, when there is
     * none, when it was built by another matcher, from another cluster, or from positions the log no longer has,
     * starts again from the first event.
     */
    private void resume(KafkaConsumer<String, String> kafka, List<TopicPartition> partitions, String cluster) {
        Map<String, String> committed = index.committed();
        Map<TopicPartition, Long> beginnings = kafka.beginningOffsets(partitions);
        Map<TopicPartition, Long> ends = kafka.endOffsets(partitions);
        String unusable = unusable(committed, partitions, cluster, ends, beginnings);
        boolean usable = unusable == null;
        graph.clear();
        if (usable) {
            index.load(graph::restore, graph::restoreEndedInquiry);
            graph.drainTouched();
            index.refresh();
            read.set(Long.parseLong(committed.getOrDefault("read", "0")));
            indexed.set(Long.parseLong(committed.getOrDefault("indexed", "0")));
            for (TopicPartition p : partitions) {
                String at = committed.get(POSITION + p);
                kafka.seek(p, at == null ? beginnings.get(p) : Long.parseLong(at));
            }
            startedFrom = "INDEX";
            // what is read from here on is new to this index: re-check it
            rebuildEnds = null;
            rechecks.enable(true);
            log.info("party graph resumed from its index: {} parties, {} events read before", graph.size(), read.get());
        } else {
            log.info("party graph rebuilt from the first event: {}", unusable);
            index.clear();
            startedFrom = "FIRST_EVENT";
            // events older than this start were re-checked when they were new; re-checks resume past them
            rebuildEnds = ends;
            rechecks.enable(false);
            read.set(0);
            indexed.set(0);
            kafka.seekToBeginning(partitions);
        }
        partitions.forEach(p -> positions.put(p, kafka.position(p)));
    }

    /** Why the index's last commit cannot be resumed from, or null when it can. */
    private static String unusable(Map<String, String> committed, List<TopicPartition> partitions, String cluster,
                                   Map<TopicPartition, Long> ends, Map<TopicPartition, Long> beginnings) {
        if (committed.isEmpty()) {
            return "the index is new or was cleared";
        }
        if (!ConflictSearch.MATCHER_VERSION.equals(committed.get("matcher"))) {
            return "the index was built by " + committed.get("matcher");
        }
        if (!cluster.equals(committed.get("cluster"))) {
            return "the index was built from another Kafka cluster (" + committed.get("cluster") + ")";
        }
        for (TopicPartition p : partitions) {
            String at = committed.get(POSITION + p);
            if (at == null ? beginnings.get(p) > 0 : Long.parseLong(at) > ends.get(p)) {
                return "the log no longer has the index's position in " + p;
            }
        }
        return null;
    }

    private Map<String, String> checkpoint(String cluster) {
        Map<String, String> data = new HashMap<>();
        data.put("matcher", ConflictSearch.MATCHER_VERSION);
        data.put("cluster", cluster);
        data.put("read", Long.toString(read.get()));
        data.put("indexed", Long.toString(indexed.get()));
        positions.forEach((p, offset) -> data.put(POSITION + p, Long.toString(offset)));
        return data;
    }

    private String clusterId() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bus.bootstrapServers()))) {
            return admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the broker for its cluster", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not say which cluster it is", e);
        }
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
