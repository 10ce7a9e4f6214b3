package com.lawfirm.kit.bus;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The positions of batches handled (their transaction committed) but not yet committed to Kafka. A consumer handling
 * a steady stream would otherwise commit after every batch of one or two events, a write at the broker each time;
 * it commits them every {@code interval} instead, at once when the stream runs dry, before its partitions go to
 * another instance, and when it stops. Used by the consumer's own thread only.
 */
final class UncommittedPositions {

    private static final Logger log = LoggerFactory.getLogger(UncommittedPositions.class);

    private final String name;
    private final long intervalNanos;
    private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();
    private long lastCommit = System.nanoTime();

    UncommittedPositions(String name, Duration interval) {
        this.name = name;
        this.intervalNanos = interval.toNanos();
    }

    void handled(ConsumerRecords<String, String> records) {
        pending.putAll(KafkaPositions.nextOffsets(records));
    }

    /** Inside the batch's handling: a failed commit fails the batch, which is then handled again (and skipped). */
    void commitIfDue(Consumer<String, String> kafka) {
        if (!pending.isEmpty() && System.nanoTime() - lastCommit >= intervalNanos) {
            commit(kafka, pending);
        }
    }

    /**
     * Idle or stopping: a commit that fails now is tried again at the next occasion (a wake-up here means the
     * consumer is stopping, which it then does).
     */
    void commitNow(Consumer<String, String> kafka) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            commit(kafka, pending);
        } catch (RuntimeException e) {
            log.warn("{}: committing the positions failed, tried again later: {}", name, e.toString());
        }
    }

    private void commit(Consumer<String, String> kafka, Map<TopicPartition, OffsetAndMetadata> positions) {
        kafka.commitSync(new HashMap<>(positions));
        positions.clear();
        lastCommit = System.nanoTime();
    }

    /** Partitions leaving this instance take their positions along: committed when given up, dropped when lost. */
    ConsumerRebalanceListener listener(Consumer<String, String> kafka) {
        return new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                Map<TopicPartition, OffsetAndMetadata> leaving = new HashMap<>(pending);
                leaving.keySet().retainAll(partitions);
                pending.keySet().removeAll(partitions);
                if (!leaving.isEmpty()) {
                    try {
                        kafka.commitSync(leaving);
                    } catch (RuntimeException e) {
                        // the next owner reads those events again and skips them
                        log.warn("{}: committing the positions of partitions given up failed: {}", name, e.toString());
                    }
                }
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                // positions start from what the group committed
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> partitions) {
                pending.keySet().removeAll(partitions);
            }
        };
    }
}
