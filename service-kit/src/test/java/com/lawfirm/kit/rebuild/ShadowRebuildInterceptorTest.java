package com.lawfirm.kit.rebuild;

import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.readmodel.ShadowCopies;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** The take-over of a projection replayed by one segment, in the batch of the first event past its replay. */
class ShadowRebuildInterceptorTest {

    private final ShadowCopies shadows = new ShadowCopies();
    private final ReadModelStore store = mock(ReadModelStore.class);
    private final ShadowRebuildInterceptor interceptor = new ShadowRebuildInterceptor("notes", shadows, store);
    private final ShadowCopies.Rebuild rebuild = shadows.begin("notes", ShadowCopies.Source.EVENT_STORE, 1);
    private UnitOfWork<EventMessage<?>> batch;

    ShadowRebuildInterceptorTest() {
        rebuild.shadow("notes");
        rebuild.replayUntil(9);
        shadows.replaying("notes");
    }

    @AfterEach
    void end() {
        if (batch != null && batch.isActive()) {
            batch.rollback();
        }
    }

    @Test
    void theFirstNewEventSwapsTheShadowInOnce() throws Exception {
        batch = DefaultUnitOfWork.startAndGet(newEvent(10));
        interceptor.handle(batch, mock(InterceptorChain.class));
        interceptor.handle(batch, mock(InterceptorChain.class));
        verify(store, times(1)).replace("notes", "notes" + ShadowCopies.SUFFIX);
        batch.commit();
        assertThat(shadows.rebuilding("notes")).isFalse();
    }

    @Test
    void aServiceThatStopsLeavesTheRebuildForItsNextStart() throws Exception {
        shadows.stopping(true);
        batch = DefaultUnitOfWork.startAndGet(newEvent(10));
        InterceptorChain chain = mock(InterceptorChain.class);
        interceptor.handle(batch, chain);
        verify(chain).proceed();
        verify(store, never()).replace(anyString(), anyString());
        verify(store, never()).clear(anyString());
        batch.commit();
        assertThat(shadows.rebuilding("notes")).as("still under way: its mark starts it again").isTrue();
    }

    private static EventMessage<?> newEvent(long position) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                GenericEventMessage.asEventMessage("新卷宗 New file"));
    }
}
