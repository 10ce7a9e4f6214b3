package com.lawfirm.kit.rebuild;

import com.lawfirm.kit.readmodel.ShadowCopies;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.LoggingErrorHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The error handler of every processing group without its own (those fed by Kafka retry and park instead): a handler
 * failing on an event is logged and the event passed over, as Axon does by default, so one bad event never stops a
 * read model. A handler failing while it writes
 * into a shadow copy is recorded against the rebuild as well: a copy that lacks an event's work must not take the
 * current one's place, so the rebuild is given up ({@link SegmentedTakeOver}, {@link ShadowRebuildInterceptor}).
 * Only a batch that commits passes the event over; one rolled back (a database away) is handled again whole.
 */
final class ShadowReplayErrors implements ListenerInvocationErrorHandler {

    /** The failure within the batch under way, for a take-over in that same batch (one segment). */
    static final String PASSED_OVER = ShadowReplayErrors.class.getName() + ".passedOver";

    private final ShadowCopies shadows;
    private final ListenerInvocationErrorHandler logged = new LoggingErrorHandler();

    ShadowReplayErrors(ShadowCopies shadows) {
        this.shadows = shadows;
    }

    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler handler) throws Exception {
        shadows.working().ifPresent(rebuild -> {
            String failed = event.getPayloadType().getSimpleName() + " " + event.getIdentifier() + " (" + exception + ")";
            if (CurrentUnitOfWork.isStarted()) {
                UnitOfWork<?> batch = CurrentUnitOfWork.get();
                batch.resources().putIfAbsent(PASSED_OVER, failed);
                batch.afterCommit(committed -> rebuild.passedOver(failed));
            } else {
                rebuild.passedOver(failed);
            }
        });
        logged.onError(exception, event, handler);
    }

    /** Why a rebuild that passed the event over is given up. */
    static String why(String passedOver) {
        return "replaying " + passedOver + " failed, and the new copy would lack it (mend the handler)";
    }

    /** What the rebuild passed over so far, counting the batch under way; null while nothing. */
    static String passedOver(ShadowCopies.Rebuild rebuild, UnitOfWork<?> batch) {
        String committed = rebuild.passedOver();
        return committed != null ? committed : (String) batch.resources().get(PASSED_OVER);
    }
}
