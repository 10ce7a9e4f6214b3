package com.lawfirm.kit.bus;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Kafka event bus of one service.
 *
 * @param bootstrapServers  the broker(s)
 * @param publish           whether this service publishes its event store to its topic
 * @param partitions        partitions of topics this service creates
 * @param replicationFactor replication of topics this service creates
 * @param consumers         processing groups fed from Kafka, each with the topics it reads
 * @param pollTimeout       how long one poll waits for records
 * @param maxRetryBackoff   the longest wait before a failed batch is tried again
 * @param maxAttempts       how often a failing batch is tried whole before each event is tried alone and the
 *                          ones that still fail are parked
 * @param commitInterval    how often a busy consumer commits its Kafka positions (an idle one at once): each commit
 *                          is a write at the broker, and as handling is de-duplicated, an instance that dies between
 *                          two only reads again events it then skips
 * @param maxPollRecords    the most events one poll takes, handled in one database transaction
 */
@ConfigurationProperties("lawfirm.bus")
public record BusProperties(
        @DefaultValue("localhost:9092") String bootstrapServers,
        @DefaultValue("true") boolean publish,
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        Map<String, List<String>> consumers,
        @DefaultValue("500ms") Duration pollTimeout,
        @DefaultValue("30s") Duration maxRetryBackoff,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("1s") Duration commitInterval,
        @DefaultValue("500") int maxPollRecords) {

    public BusProperties {
        consumers = consumers == null ? Map.of() : Map.copyOf(consumers);
    }
}
