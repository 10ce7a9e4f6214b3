package com.lawfirm.kit.rebuild;

import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.readmodel.ShadowCopies;
import com.lawfirm.kit.scaling.TokenSegments;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * When the shadow of a projection replayed by several segments takes over: only once every one is through; and when
 * the rebuild is given up, the current copy staying as it is.
 */
class SegmentedTakeOverTest {

    private final ShadowCopies shadows = new ShadowCopies();
    private final ShadowCopies.Rebuild rebuild = shadows.begin("notes", ShadowCopies.Source.EVENT_STORE, 3);
    private final ReadModelStore store = mock(ReadModelStore.class);
    private final TokenSegments tokens = mock(TokenSegments.class);
    private final TrackingEventProcessor processor = mock(TrackingEventProcessor.class);
    private final RebuildMarks marks = mock(RebuildMarks.class);
    private final SegmentedTakeOver takeOver = new SegmentedTakeOver(shadows, store,
            new TransactionTemplate(new NoDatabase()), tokens);

    SegmentedTakeOverTest() {
        // as ProjectionRebuilds has it: the mark goes when the rebuild is over, taken over or given up
        rebuild.whenOver(() -> marks.done("notes"));
        rebuild.replayUntil(500);
        rebuild.shadow("notes");
        when(processor.getName()).thenReturn("notes");
    }

    @AfterEach
    void stop() throws InterruptedException {
        takeOver.close();
    }

    @Test
    void everySegmentPastTheLastEventToReplay() {
        assertThat(SegmentedTakeOver.everySegmentPassed(Map.of(0, at(500), 1, at(731), 2, at(502)), rebuild)).isTrue();
    }

    @Test
    void notWhileOneIsStillReplaying() {
        assertThat(SegmentedTakeOver.everySegmentPassed(Map.of(0, at(500), 1, at(499), 2, at(502)), rebuild)).isFalse();
    }

    @Test
    void notWhileOneIsNotClaimedHereYet() {
        assertThat(SegmentedTakeOver.everySegmentPassed(Map.of(0, at(600), 1, at(600)), rebuild)).isFalse();
    }

    @Test
    void notWhileOneIsInError() {
        EventTrackerStatus failing = at(600);
        when(failing.isErrorState()).thenReturn(true);
        assertThat(SegmentedTakeOver.everySegmentPassed(Map.of(0, at(600), 1, failing, 2, at(600)), rebuild)).isFalse();
    }

    @Test
    void notBeforeOneHasAPosition() {
        EventTrackerStatus starting = mock(EventTrackerStatus.class);
        when(starting.getCurrentPosition()).thenReturn(OptionalLong.empty());
        assertThat(SegmentedTakeOver.everySegmentPassed(Map.of(0, at(600), 1, starting, 2, at(600)), rebuild)).isFalse();
    }

    @Test
    void theShadowTakesOverWhenAllAreThrough() {
        claimed(Map.of(0, at(600), 1, at(600), 2, at(600)));
        takeOver.look(processor, rebuild);
        verify(store).replace("notes", "notes" + ShadowCopies.SUFFIX);
        verify(marks).done("notes");
        assertThat(shadows.rebuilding("notes")).isFalse();
        assertThat(((ReentrantReadWriteLock) rebuild.handling()).isWriteLocked()).isFalse();
    }

    @Test
    void aFailedSwapGivesTheRebuildUpAndLetsTheBatchesGoOn() {
        claimed(Map.of(0, at(600), 1, at(600), 2, at(600)));
        doThrow(new IllegalStateException("the database went away")).when(store).replace(anyString(), anyString());
        takeOver.look(processor, rebuild);
        assertThat(shadows.rebuilding("notes")).as("given up: the current copy was kept up to date").isFalse();
        assertThat(((ReentrantReadWriteLock) rebuild.handling()).isWriteLocked()).isFalse();
        verify(store).clear("notes" + ShadowCopies.SUFFIX);
        verify(marks).done("notes");
    }

    @Test
    void aSegmentTakenByAnotherInstanceGivesTheRebuildUp() {
        claimed(Map.of(0, at(600), 1, at(300)));
        when(tokens.heldElsewhere("notes")).thenReturn(1);
        takeOver.look(processor, rebuild);
        assertThat(shadows.rebuilding("notes")).isFalse();
        verify(store).clear("notes" + ShadowCopies.SUFFIX);
        verify(marks).done("notes");
    }

    @Test
    void aSegmentNotYetClaimedIsWaitedFor() {
        claimed(Map.of(0, at(600), 1, at(300)));
        takeOver.look(processor, rebuild);
        assertThat(shadows.rebuilding("notes")).isTrue();
        verify(marks, never()).done("notes");
    }

    @Test
    void aServiceThatStopsNeitherTakesOverNorGivesUpSoTheRebuildStartsAgainWithIt() {
        claimed(Map.of(0, at(600), 1, at(600), 2, at(600)));
        shadows.stopping(true);
        takeOver.look(processor, rebuild);
        verify(store, never()).replace(anyString(), anyString());
        verify(store, never()).clear(anyString());
        verify(marks, never()).done("notes");

        // nor when a segment's claim went elsewhere as it stopped
        claimed(Map.of(0, at(600)));
        when(tokens.heldElsewhere("notes")).thenReturn(2);
        takeOver.look(processor, rebuild);
        verify(store, never()).clear(anyString());
        verify(marks, never()).done("notes");
    }

    @Test
    void aReplayThatPassedAnEventOverIsGivenUpInsteadOfTakingOver() {
        claimed(Map.of(0, at(600), 1, at(600), 2, at(600)));
        rebuild.passedOver("NoteCreated 7f3a (java.lang.IllegalStateException: 卷宗损坏 damaged file)");
        takeOver.look(processor, rebuild);
        verify(store, never()).replace(anyString(), anyString());
        verify(store).clear("notes" + ShadowCopies.SUFFIX);
        verify(marks).done("notes");
        assertThat(shadows.rebuilding("notes")).isFalse();
        assertThat(shadows.givenUp("notes")).hasValueSatisfying(why -> assertThat(why).contains("NoteCreated 7f3a"));
    }

    @Test
    void aFailureCommittedByABatchTheSwapWaitedForGivesTheRebuildUp() throws InterruptedException {
        claimed(Map.of(0, at(600), 1, at(600), 2, at(600)));
        CountDownLatch handling = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Thread batch = new Thread(() -> {
            Lock lock = rebuild.handling().readLock();
            lock.lock();
            handling.countDown();
            try {
                commit.await();
                rebuild.passedOver("NoteClosed 9c1e (java.lang.IllegalStateException: 卷宗损坏 damaged file)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        batch.start();
        assertThat(handling.await(10, TimeUnit.SECONDS)).isTrue();
        Thread swap = new Thread(() -> takeOver.look(processor, rebuild));
        swap.start();
        await().atMost(Duration.ofSeconds(10)).until(((ReentrantReadWriteLock) rebuild.handling())::hasQueuedThreads);
        commit.countDown();
        swap.join(10_000);
        verify(store, never()).replace(anyString(), anyString());
        verify(store).clear("notes" + ShadowCopies.SUFFIX);
        verify(marks).done("notes");
    }

    /** The segments this instance holds, the status of each built before it is handed over. */
    private void claimed(Map<Integer, EventTrackerStatus> segments) {
        when(processor.processingStatus()).thenReturn(segments);
    }

    private static EventTrackerStatus at(long position) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        return status;
    }

    /** Transactions with their synchronisations and nothing behind them. */
    private static final class NoDatabase extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
