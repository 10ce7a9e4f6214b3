package com.lawfirm.conflict.search;

import com.lawfirm.kit.bus.BusProperties;
import com.lawfirm.kit.problem.TemporarilyUnavailableException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Never a false clear from a stale index: before a check searches, the end of every graph topic is read from the
 * broker, and the check waits (bounded) until the feeder has read that far. If it has not, the check is refused as
 * "index lagging" rather than answered from stale data.
 */
public class IndexFreshness implements AutoCloseable {

    private final GraphFeeder feeder;
    private final List<String> topics;
    private final Duration patience;
    private final Admin admin;

    public IndexFreshness(GraphFeeder feeder, BusProperties bus, List<String> topics, Duration patience) {
        this.feeder = feeder;
        this.topics = List.copyOf(topics);
        this.patience = patience;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bus.bootstrapServers()));
    }

    /** Returns once the index has seen everything published so far, or throws. */
    public void awaitEverythingPublishedSoFar() {
        Map<TopicPartition, Long> targets = endOffsets();
        Instant deadline = Instant.now().plus(patience);
        while (!caughtUp(targets)) {
            if (Instant.now().isAfter(deadline)) {
                throw new TemporarilyUnavailableException("the conflict index is still reading the firm's events; "
                        + "a check never runs on stale data — try again shortly", 5);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /** How many events of each graph partition the index has yet to read. */
    public Map<String, Long> lag() {
        Map<String, Long> lag = new java.util.TreeMap<>();
        endOffsets().forEach((p, end) -> lag.put(p.toString(), Math.max(0, end - feeder.position(p).orElse(0L))));
        return lag;
    }

    private boolean caughtUp(Map<TopicPartition, Long> targets) {
        return targets.entrySet().stream().allMatch(t -> feeder.position(t.getKey()).orElse(-1L) >= t.getValue());
    }

    private Map<TopicPartition, Long> endOffsets() {
        try {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).forEach((p, info) -> ends.put(p, info.offset()));
            return ends;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TemporarilyUnavailableException("interrupted while reading the event log's end", 5);
        } catch (ExecutionException | TimeoutException e) {
            throw new TemporarilyUnavailableException("the event log cannot be read right now", 5);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
