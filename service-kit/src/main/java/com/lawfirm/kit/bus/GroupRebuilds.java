package com.lawfirm.kit.bus;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A Kafka-fed group's rebuild, asked for on any thread and run on the group's consumer thread: started between
 * batches, each batch delivered into the shadows while it runs, the take-over in the transaction of the batch that
 * catches up (or between batches, when nothing was left to replay). Anything going wrong gives the rebuild up, never
 * the consumer: the current copy stays. Two things do not: the database away (the step is tried again at the next
 * poll) and the consumer's stop (the rebuild keeps its mark, and the next start takes it up again).
 */
final class GroupRebuilds {

    /**
     * How long a rebuild asked for before the consumer was first given partitions waits for them: the group forms
     * after the service starts, which can take the session timeout (10 s) after a crash, and longer while the broker
     * is away. (One taken up again as the service starts is asked for only once this instance holds every partition.)
     */
    private static final long JOIN_WAIT_NANOS = Duration.ofMinutes(2).toNanos();

    private final List<String> topics;
    private final TransactionTemplate transaction;
    private volatile KafkaRebuild requested;
    private volatile long requestedAt;
    private volatile KafkaRebuild current;
    private boolean everAssigned;
    private Set<TopicPartition> assignment = Set.of();
    private volatile boolean holdsEveryPartition;

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

    /** Whether this instance holds every partition of the topics, as of its last poll: it alone can rebuild. */
    boolean holdsEveryPartition() {
        return holdsEveryPartition;
    }

    /** Between batches: starts the rebuild asked for, if any. A failed start gives it up. */
    void startRequested(Consumer<String, String> kafka) {
        everAssigned |= !kafka.assignment().isEmpty();
        noteAssignment(kafka);
        KafkaRebuild rebuild = requested;
        if (rebuild == null || !everAssigned && System.nanoTime() - requestedAt < JOIN_WAIT_NANOS) {
            return; // none asked for, or the group is still forming: the partitions come with a later poll
        }
        // under way from here, so that a request meanwhile answers its status and leaves its mark alone
        current = rebuild;
        requested = null;
        boolean started;
        try {
            started = rebuild.start(kafka, topics);
        } catch (RuntimeException e) {
            current = null;
            if (stopping(e)) {
                rebuild.interrupted();
                throw e;
            }
            if (Outages.isOutage(e)) {
                requested = rebuild; // started again at the next poll
                return;
            }
            rebuild.abandon(e);
            return;
        }
        if (!started) {
            current = null;
            return;
        }
        takeOverIfCaughtUp(kafka);
    }

    /** The partitions are counted again only when the assignment changed (a rebalance). */
    private void noteAssignment(Consumer<String, String> kafka) {
        Set<TopicPartition> now = kafka.assignment();
        if (now.equals(assignment)) {
            return;
        }
        try {
            holdsEveryPartition = !now.isEmpty() && now.containsAll(KafkaRebuild.partitions(kafka, topics));
            assignment = Set.copyOf(now);
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            holdsEveryPartition = false; // the metadata unreadable for now: counted again at the next poll
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
                current = null;
                rebuild.finished();
            }
        } catch (RuntimeException e) {
            if (stopping(e)) {
                current = null;
                rebuild.interrupted();
                throw e;
            }
            if (!Outages.isOutage(e)) {
                // a partition taken away by a rebalance, say: give the rebuild up rather than the consumer
                current = null;
                rebuild.abandon(e);
            } // the database away: the take-over is tried again after the next poll
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
            current = null;
            if (stopping(e.getCause())) {
                rebuild.interrupted();
                throw (RuntimeException) e.getCause();
            }
            rebuild.abandon(e);
            throw e;
        }
        if (tookOver) {
            current = null;
            rebuild.finished();
        }
    }

    /**
     * The consumer told to stop: its blocking calls end so. (Not an interrupt: a handler cut off past its time limit
     * leaves the flag, which the consumer clears and goes on.)
     */
    private static boolean stopping(Throwable failure) {
        return failure instanceof WakeupException;
    }
}
