package com.lawfirm.kit.rebuild;

import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.readmodel.ShadowCopies;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.OptionalLong;
import java.util.concurrent.locks.Lock;

/**
 * Routes a rebuilding projection's replay into its shadow copies. With one segment the shadow takes over in the
 * transaction of the last replayed event (or, should a newer event come first, just before it); with more, once
 * every segment has passed the last event to replay ({@link SegmentedTakeOver}). Either way queries never see a partial
 * copy, and no event is applied to one copy and lost with the other.
 */
class ShadowRebuildInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ShadowRebuildInterceptor.class);

    private final String projection;
    private final ShadowCopies shadows;
    private final ReadModelStore store;
    /** The key under which a batch notes that its projection's rebuild is over. */
    private final String over;

    ShadowRebuildInterceptor(String projection, ShadowCopies shadows, ReadModelStore store) {
        this.projection = projection;
        this.over = ShadowRebuildInterceptor.class.getName() + ".over." + projection;
        this.shadows = shadows;
        this.store = store;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        ShadowCopies.Rebuild rebuild = shadows.of(projection).filter(r -> r.source() == ShadowCopies.Source.EVENT_STORE)
                .orElse(null);
        if (rebuild == null) {
            return chain.proceed();
        }
        if (unitOfWork.resources().get(over) == rebuild) {
            // taken over (or given up) earlier in this batch: the events after it go on as if no rebuild ran
            return chain.proceed();
        }
        EventMessage<?> event = unitOfWork.getMessage();
        if (rebuild.segments() > 1) {
            return bySegments(unitOfWork, chain, rebuild);
        }
        if (!ReplayToken.isReplay(event)) {
            takeOver(unitOfWork, rebuild);
            return chain.proceed();
        }
        Object result = inShadow(chain);
        if (isLastReplayed(event, rebuild)) {
            takeOver(unitOfWork, rebuild);
        }
        return result;
    }

    /**
     * A projection replayed by several segments, each at its own pace: the shadow takes over once all have passed the
     * last event to replay ({@link SegmentedTakeOver}). Until then a segment past its replay handles each new event
     * twice: into the shadow, which will take over, and into the current copy, which so stays up to date should the
     * service stop before the take-over (the current copy goes on, and the rebuild starts again with the service). The
     * take-over waits for the batches holding the lock and holds back the next: a batch is all before it or all after
     * it.
     */
    private Object bySegments(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain,
                              ShadowCopies.Rebuild rebuild) throws Exception {
        Lock handling = rebuild.handling().readLock();
        handling.lock();
        unitOfWork.onCleanup(done -> handling.unlock());
        if (shadows.of(projection).orElse(null) != rebuild) {
            return chain.proceed();
        }
        Object result = inShadow(chain);
        if (!ReplayToken.isReplay(unitOfWork.getMessage())) {
            // the chain's interceptors have run: proceeding again calls the handlers alone, on the current copy; a
            // handler failing there goes to the processor's error handler as any failure (by default logged, passed over)
            chain.proceed();
        }
        return result;
    }

    private Object inShadow(InterceptorChain chain) throws Exception {
        try {
            return shadows.inShadowOf(projection, () -> {
                try {
                    return chain.proceed();
                } catch (Exception e) {
                    throw new ReplayFailed(e);
                }
            });
        } catch (ReplayFailed failed) {
            throw (Exception) failed.getCause();
        }
    }

    /**
     * The processor calls the projection only for events it handles, so the replay ends at the last of those before
     * the reset, not at the reset point itself (which may be an event of another kind).
     */
    private static boolean isLastReplayed(EventMessage<?> event, ShadowCopies.Rebuild rebuild) {
        if (!(event instanceof TrackedEventMessage<?> tracked)) {
            return false;
        }
        OptionalLong position = tracked.trackingToken().position();
        OptionalLong end = ReplayToken.getTokenAtReset(tracked.trackingToken());
        return position.isPresent() && end.isPresent()
                && position.getAsLong() >= Math.min(end.getAsLong(), rebuild.lastToReplay());
    }

    /**
     * The swap, in the batch's transaction; a replay that passed an event over is given up instead, and a service that
     * stops does neither: the rebuild keeps its mark and starts again with the service.
     */
    private void takeOver(UnitOfWork<? extends EventMessage<?>> unitOfWork, ShadowCopies.Rebuild rebuild) {
        if (shadows.isStopping()) {
            return;
        }
        String passedOver = ShadowReplayErrors.passedOver(rebuild, unitOfWork);
        if (passedOver == null) {
            rebuild.takeOver(store);
        } else {
            // at the end of the replay, not before: given up earlier, the rest of it would go into the current copy
            rebuild.giveUp(store);
            String why = ShadowReplayErrors.why(passedOver);
            unitOfWork.afterCommit(u -> {
                shadows.gaveUp(projection, why);
                log.warn("{}: rebuild given up, the current copy stays as it is (rebuild it again): {}", projection, why);
            });
        }
        // once in a batch: the rebuild stays listed until the batch commits, and a second swap would replace the
        // new copy with an empty shadow
        unitOfWork.resources().put(over, rebuild);
        // only once committed: rolled back, the event is handled again and the swap (or the give-up) with it
        unitOfWork.afterCommit(u -> shadows.finished(projection, rebuild));
    }

    /** Carries a handler's exception out of the shadow's scope, to be thrown again as it was. */
    static final class ReplayFailed extends RuntimeException {
        ReplayFailed(Exception cause) {
            super(cause);
        }
    }
}
