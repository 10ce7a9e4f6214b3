package com.lawfirm.conflict.search;

import com.lawfirm.kit.bus.BusProperties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a Lucene commit of the party index records beside its documents — the Kafka positions it reflects, the
 * cluster they are positions in, the matcher and storage format that made it, and the feeder's counts — and whether
 * a start may resume from it.
 */
final class IndexCheckpoint {

    /** The stored node's shape; a change rebuilds the index from the log. */
    static final String FORMAT = "4"; // 4: a matter's title is its number, no longer its description
    private static final String POSITION = "position:";

    private IndexCheckpoint() {
    }

    static Map<String, String> of(String cluster, long read, long indexed, Map<TopicPartition, Long> positions) {
        Map<String, String> data = new HashMap<>();
        data.put("matcher", ConflictSearch.MATCHER_VERSION);
        data.put("format", FORMAT);
        data.put("cluster", cluster);
        data.put("read", Long.toString(read));
        data.put("indexed", Long.toString(indexed));
        positions.forEach((p, offset) -> data.put(POSITION + p, Long.toString(offset)));
        return data;
    }

    /** Why the last commit cannot be resumed from, or null when it can. */
    static String unusable(Map<String, String> committed, List<TopicPartition> partitions, String cluster,
                           Map<TopicPartition, Long> ends, Map<TopicPartition, Long> beginnings) {
        if (committed.isEmpty()) {
            return "the index is new or was cleared";
        }
        if (!ConflictSearch.MATCHER_VERSION.equals(committed.get("matcher")) || !FORMAT.equals(committed.get("format"))) {
            return "the index was built by " + committed.get("matcher") + ", format " + committed.get("format");
        }
        if (!cluster.equals(committed.get("cluster"))) {
            return "the index was built from another Kafka cluster (" + committed.get("cluster") + ")";
        }
        for (TopicPartition p : partitions) {
            String at = committed.get(POSITION + p);
            long position = at == null ? 0 : Long.parseLong(at);
            if (position < beginnings.get(p) || position > ends.get(p)) {
                return "the log no longer has the index's position in " + p;
            }
        }
        return null;
    }

    /** The positions a usable commit reflects; a partition it does not name is read from its beginning. */
    static Map<TopicPartition, Long> positions(Map<String, String> committed, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        partitions.forEach(p -> positions.put(p, Long.parseLong(committed.getOrDefault(POSITION + p, "0"))));
        return positions;
    }

    static long count(Map<String, String> committed, String name) {
        return Long.parseLong(committed.getOrDefault(name, "0"));
    }

    static String clusterId(BusProperties bus) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bus.bootstrapServers()))) {
            return admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the broker for its cluster", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not say which cluster it is", e);
        }
    }
}
