package com.lawfirm.kit.bus;

import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.readmodel.ShadowCopies;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * What ends a rebuild from Kafka and what does not: the consumer's stop leaves it to the next start (its mark stays),
 * and the database away holds its take-over up until it is back; neither gives it up.
 */
class GroupRebuildsTest {

    private static final String TOPIC = "lawfirm.kit.events";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    private final ShadowCopies shadows = new ShadowCopies();
    private final ShadowCopies.Rebuild shadow = shadows.begin("note-index", ShadowCopies.Source.KAFKA);
    private final ReadModelStore store = mock(ReadModelStore.class);
    private final AtomicBoolean over = new AtomicBoolean();
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final Failing database = new Failing();
    private final GroupRebuilds rebuilds = new GroupRebuilds(List.of(TOPIC), new TransactionTemplate(database));
    @SuppressWarnings("unchecked")
    private final Consumer<String, String> kafka = mock(Consumer.class);

    GroupRebuildsTest() {
        shadow.whenOver(() -> over.set(true));
        when(kafka.assignment()).thenReturn(Set.of(PARTITION));
        when(kafka.partitionsFor(TOPIC)).thenReturn(List.of(new PartitionInfo(TOPIC, 0, null, null, null)));
        when(kafka.beginningOffsets(any())).thenReturn(Map.of(PARTITION, 0L));
        when(kafka.endOffsets(any())).thenReturn(Map.of(PARTITION, 5L));
        rebuilds.request(new KafkaRebuild("note-index", "kit.note-index", shadows, store, jdbc, shadow));
    }

    @Test
    void theConsumersStopInterruptsTheRebuildWithoutGivingItUp() {
        when(kafka.position(PARTITION)).thenThrow(new WakeupException());

        assertThatThrownBy(() -> rebuilds.startRequested(kafka)).isInstanceOf(WakeupException.class);

        assertThat(over).as("the mark stays for the next start").isFalse();
        verify(store, never()).clear(anyString());
        assertThat(rebuilds.underWay()).isFalse();
        assertThat(shadows.rebuilding("note-index")).isFalse();
    }

    @Test
    void theDatabaseAwayHoldsTheTakeOverUpUntilItIsBack() {
        when(kafka.position(PARTITION)).thenReturn(5L);
        database.failures.set(1);

        rebuilds.startRequested(kafka);
        assertThat(rebuilds.underWay()).as("still under way while the database is away").isTrue();
        assertThat(over).isFalse();

        rebuilds.takeOverIfCaughtUp(kafka);
        assertThat(rebuilds.underWay()).isFalse();
        verify(jdbc).update(startsWith("UPDATE consumed_event"), anyString(), anyString());
        assertThat(over).as("taken over once it is back").isTrue();
        assertThat(shadows.rebuilding("note-index")).isFalse();
    }

    @Test
    void aPartitionTakenAwayGivesTheRebuildUp() {
        when(kafka.position(PARTITION)).thenThrow(new IllegalStateException("No current assignment for partition"));

        rebuilds.startRequested(kafka);

        assertThat(over).as("given up").isTrue();
        verify(jdbc, never()).update(startsWith("UPDATE consumed_event"), anyString(), anyString());
        assertThat(rebuilds.underWay()).isFalse();
        assertThat(shadows.rebuilding("note-index")).isFalse();
    }

    /** A transaction manager whose next {@code failures} transactions cannot begin: the database is away. */
    private static final class Failing extends AbstractPlatformTransactionManager {
        final AtomicInteger failures = new AtomicInteger();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new CannotCreateTransactionException("the database is away");
            }
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
