package com.lawfirm.kit.bus;

import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.readmodel.ShadowCopies;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Kafka-fed read model rebuilt from its topics' first offsets into shadow copies, on the group's consumer thread:
 * what it handles, and the event ids it has seen, are kept apart until it reaches the end offsets the topics had when
 * the rebuild began; then, in that batch's transaction, the shadows replace the current copies.
 */
final class KafkaRebuild {

    private static final Logger log = LoggerFactory.getLogger(KafkaRebuild.class);

    private final String group;
    private final String consumer;
    private final ShadowCopies shadows;
    private final ReadModelStore store;
    private final JdbcTemplate jdbc;
    private final ShadowCopies.Rebuild rebuild;
    private Map<TopicPartition, Long> ends;

    KafkaRebuild(String group, String consumer, ShadowCopies shadows, ReadModelStore store, JdbcTemplate jdbc,
                 ShadowCopies.Rebuild rebuild) {
        this.group = group;
        this.consumer = consumer;
        this.shadows = shadows;
        this.store = store;
        this.jdbc = jdbc;
        this.rebuild = rebuild;
    }

    /** Every partition of the topics, as the consumer's metadata has them. */
    static Set<TopicPartition> partitions(Consumer<String, String> kafka, List<String> topics) {
        Set<TopicPartition> all = new HashSet<>();
        for (String topic : topics) {
            for (PartitionInfo partition : kafka.partitionsFor(topic)) {
                all.add(new TopicPartition(topic, partition.partition()));
            }
        }
        return all;
    }

    /** The consumer name under which a shadow's handled events are recorded. */
    static String shadowConsumer(String consumer) {
        return consumer + ShadowCopies.SUFFIX;
    }

    /**
     * On the consumer thread: note where the topics end and go back to their beginning. Only an instance holding
     * every partition can rebuild alone; otherwise the rebuild is given up and the current copy stays.
     */
    boolean start(Consumer<String, String> kafka, List<String> topics) {
        Set<TopicPartition> all = partitions(kafka, topics);
        if (!kafka.assignment().containsAll(all)) {
            giveUp("this instance holds " + kafka.assignment().size() + " of the group's " + all.size() + " partitions");
            return false;
        }
        // a topic that no longer starts at offset 0 cannot give the whole history back: the current copy stays
        Map<TopicPartition, Long> beginnings = kafka.beginningOffsets(kafka.assignment());
        if (beginnings.values().stream().anyMatch(offset -> offset > 0)) {
            giveUp("its topics no longer hold their first events " + beginnings);
            return false;
        }
        jdbc.update("DELETE FROM consumed_event WHERE consumer = ?", shadowConsumer(consumer));
        ends = kafka.endOffsets(kafka.assignment());
        kafka.seekToBeginning(kafka.assignment());
        log.info("{}: rebuilding from the first offsets up to {}", group, ends);
        return true;
    }

    /**
     * Inside the batch's transaction: handle it into the shadows; true when this batch caught the rebuild up. When the
     * consumer's positions cannot be read (its partitions were taken away), the rebuild is given up: the batch fails
     * and is handled again into the current copy.
     */
    boolean handle(Runnable batch, Consumer<String, String> kafka) {
        boolean caughtUp;
        try {
            // positions already stand past this batch: reading them first spares writing a batch that cannot count
            caughtUp = caughtUp(kafka);
        } catch (RuntimeException e) {
            throw new Abandoned(e);
        }
        shadows.inShadowOf(group, () -> {
            batch.run();
            return null;
        });
        return caughtUp;
    }

    /** The rebuild cannot go on; the batch in hand must be handled again without it. */
    static final class Abandoned extends RuntimeException {
        Abandoned(RuntimeException cause) {
            super(cause);
        }
    }

    boolean caughtUp(Consumer<String, String> kafka) {
        return ends.entrySet().stream().allMatch(end -> kafka.position(end.getKey()) >= end.getValue());
    }

    /** In the transaction of the batch that caught up: the shadows and their record of handled events take over. */
    void takeOver() {
        rebuild.takeOver(store);
        jdbc.update("DELETE FROM consumed_event WHERE consumer = ?", consumer);
        jdbc.update("UPDATE consumed_event SET consumer = ? WHERE consumer = ?", consumer, shadowConsumer(consumer));
    }

    /** Something went wrong on the way: the rebuild is given up and the current copy stays. */
    void abandon(RuntimeException why) {
        giveUp(why.toString());
    }

    private void giveUp(String why) {
        log.warn("{}: rebuild given up, the current copy stays: {}", group, why);
        shadows.gaveUp(group, why);
        try {
            rebuild.giveUp(store);
        } catch (RuntimeException e) {
            // never the consumer's end: the shadow is emptied by the next rebuild, which the mark, still there, starts
            log.warn("{}: the shadow copy of the rebuild given up stays until the next rebuild: {}", group, e.toString());
        } finally {
            // last: until its mark is gone, a rebuild asked for meanwhile only answers this one's status
            shadows.finished(group, rebuild);
        }
    }

    /** The consumer stops mid-rebuild: the shadow and the mark stay, and the next start takes the rebuild up again. */
    void interrupted() {
        shadows.finished(group, rebuild);
        log.info("{}: rebuild interrupted by the stop; it starts again with the service", group);
    }

    /** After the take-over committed. */
    void finished() {
        shadows.finished(group, rebuild);
        log.info("{}: rebuilt; the new copy took over", group);
    }
}
