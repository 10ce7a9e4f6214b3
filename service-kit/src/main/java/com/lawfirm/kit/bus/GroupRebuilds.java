package com.lawfirm.kit.bus;

import org.apache.kafka.clients.consumer.Consumer;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;

/**
 * A Kafka-fed group's rebuild, asked for on any thread and run on the group's consumer thread: started between
 * batches, each batch delivered into the shadows while it runs, the take-over in the transaction of the batch that
 * catches up (or between batches, when nothing was left to replay). Anything going wrong gives the rebuild up, never
 * the consumer: the current copy stays.
 */
final class GroupRebuilds {

    private final List<String> topics;
    private final TransactionTemplate transaction;
    /**
     * How long a rebuild asked for waits for the consumer to be given its partitions. One taken up again as the service
     * starts is asked for before the group has formed, which can take the session timeout (10 s) after a crash, and
     * longer while the broker is away.
     */
    private static final long JOIN_WAIT_NANOS = Duration.ofMinutes(2).toNanos();

    private volatile KafkaRebuild requested;
    private volatile long requestedAt;
    private volatile KafkaRebuild current;

    GroupRebuilds(List<String> topics, TransactionTemplate transaction) {
        this.topics = topics;
        this.transaction = transaction;
    }

    void request(KafkaRebuild rebuild) {
        requestedAt = System.nanoTime();
        requested = rebuild;
    }

    /** Whether a rebuild is asked for or under way. */
    boolean underWay() {
        return requested != null || current != null;
    }

    /** Between batches: starts the rebuild asked for, if any. A failed start gives it up. */
    void startRequested(Consumer<String, String> kafka) {
        KafkaRebuild rebuild = requested;
        if (rebuild == null || kafka.assignment().isEmpty() && System.nanoTime() - requestedAt < JOIN_WAIT_NANOS) {
            return; // none asked for, or the group is still forming: the partitions come with a later poll
        }
        requested = null;
        try {
            if (rebuild.start(kafka, topics)) {
                current = rebuild;
                takeOverIfCaughtUp(kafka);
            }
        } catch (RuntimeException e) {
            rebuild.abandon(e);
            current = null;
        }
    }

    /** Topics with nothing to replay, or the last batch left empty by parking: the rebuild is caught up all the same. */
    void takeOverIfCaughtUp(Consumer<String, String> kafka) {
        KafkaRebuild rebuild = current;
        if (rebuild == null) {
            return;
        }
        try {
            if (rebuild.caughtUp(kafka)) {
                transaction.executeWithoutResult(status -> rebuild.takeOver());
                rebuild.finished();
                current = null;
            }
        } catch (RuntimeException e) {
            // a partition taken away by a rebalance, say: give the rebuild up rather than the consumer
            rebuild.abandon(e);
            current = null;
        }
    }

    /** One transaction for the batch; during a rebuild, into the shadows, and the take-over with the batch that catches up. */
    void deliver(Runnable batch, Consumer<String, String> kafka) {
        KafkaRebuild rebuild = current;
        if (rebuild == null) {
            transaction.executeWithoutResult(status -> batch.run());
            return;
        }
        boolean tookOver;
        try {
            tookOver = Boolean.TRUE.equals(transaction.execute(status -> {
                boolean caughtUp = rebuild.handle(batch, kafka);
                if (caughtUp) {
                    rebuild.takeOver();
                }
                return caughtUp;
            }));
        } catch (KafkaRebuild.Abandoned e) {
            rebuild.abandon(e);
            current = null;
            throw e;
        }
        if (tookOver) {
            rebuild.finished();
            current = null;
        }
    }
}
