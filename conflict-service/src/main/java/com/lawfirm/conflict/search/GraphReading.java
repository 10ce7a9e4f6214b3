package com.lawfirm.conflict.search;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One run of the {@link GraphFeeder}: events are applied and stored each batch; a refresh (once a second while
 * catching up, at once at the log's end) makes them searchable, re-checks them, publishes their positions, and only
 * then may the index be committed — so a commit never holds events its positions, or its re-checks, have not reached.
 */
final class GraphReading {

    static final int MAX_POLL_RECORDS = 2000;
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);
    private static final Duration REFRESH_WHILE_CATCHING_UP = Duration.ofSeconds(1);

    private final GraphLoader loader;
    private final PartyIndex index;
    private final Rechecks rechecks;
    private final RecheckMarks marks;
    private final AtomicLong read;
    private final AtomicLong indexed;
    private final Function<ConsumerRecord<String, String>, Object> decode;
    final String cluster;
    final Map<TopicPartition, Long> published;
    private final Map<TopicPartition, Long> stored = new HashMap<>();
    private Map<TopicPartition, Long> recheckFrom = Map.of();
    private Instant lastRefresh = Instant.now();
    private Instant lastCommit = Instant.now();
    private boolean uncommitted;

    GraphReading(GraphLoader loader, PartyIndex index, Rechecks rechecks, RecheckMarks marks, AtomicLong read,
                 AtomicLong indexed, Function<ConsumerRecord<String, String>, Object> decode, String cluster,
                 Map<TopicPartition, Long> published) {
        this.loader = loader;
        this.index = index;
        this.rechecks = rechecks;
        this.marks = marks;
        this.read = read;
        this.indexed = indexed;
        this.decode = decode;
        this.cluster = cluster;
        this.published = published;
    }

    void recheckFrom(Map<TopicPartition, Long> from) {
        recheckFrom = from;
        rechecks.enable(from.isEmpty());
    }

    void handle(Iterable<ConsumerRecord<String, String>> records) {
        int count = 0;
        for (ConsumerRecord<String, String> record : records) {
            count++;
            read.incrementAndGet();
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (!recheckFrom.isEmpty()) {
                rechecks.enable(record.offset() >= recheckFrom.getOrDefault(partition, 0L));
            }
            Object event = decode.apply(record);
            if (event != null && loader.apply(event)) {
                indexed.incrementAndGet();
            }
            stored.put(partition, record.offset() + 1);
        }
        if (count > 0) {
            loader.store();
        }
        boolean catchingUp = count >= MAX_POLL_RECORDS;
        if (!stored.isEmpty() && (!catchingUp || Instant.now().isAfter(lastRefresh.plus(REFRESH_WHILE_CATCHING_UP)))) {
            refresh();
        }
        if (uncommitted && stored.isEmpty() && (count == 0 || Instant.now().isAfter(lastCommit.plus(COMMIT_EVERY)))) {
            commit();
        }
    }

    private void refresh() {
        loader.refresh();
        published.putAll(stored);
        stored.clear();
        lastRefresh = Instant.now();
        uncommitted = true;
        if (!recheckFrom.isEmpty() && recheckFrom.entrySet().stream()
                .allMatch(e -> published.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
            recheckFrom = Map.of();
            rechecks.enable(true);
        }
    }

    private void commit() {
        index.commit(IndexCheckpoint.of(cluster, read.get(), indexed.get(), published));
        if (marks != null) {
            // events before recheckFrom were re-checked by whoever set the marks there, so marks never move back
            Map<String, Long> through = new HashMap<>();
            published.forEach((p, offset) -> through.put(p.toString(), offset));
            marks.advance(through);
        }
        lastCommit = Instant.now();
        uncommitted = false;
    }

    /** What was read and stored is made searchable, re-checked and committed, so the next start resumes after it. */
    void finish() {
        if (!stored.isEmpty()) {
            refresh();
        }
        if (uncommitted) {
            commit();
        }
    }
}
