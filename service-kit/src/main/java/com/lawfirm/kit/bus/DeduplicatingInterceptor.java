package com.lawfirm.kit.bus;

import com.lawfirm.kit.readmodel.ShadowCopies;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets each event through to a consumer's handlers once. The event id is recorded in {@code consumed_event} in the
 * same transaction as the handlers' writes, so a redelivered event finds its row and is skipped, and a failed
 * handling leaves no row behind.
 */
public class DeduplicatingInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private final JdbcTemplate jdbc;
    private final String consumer;
    private final ShadowCopies shadows;

    public DeduplicatingInterceptor(JdbcTemplate jdbc, String consumer, ShadowCopies shadows) {
        this.jdbc = jdbc;
        this.consumer = consumer;
        this.shadows = shadows;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        int firstTime = jdbc.update("INSERT INTO consumed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                // a rebuild's replay is recorded apart, and takes over with its read model
                shadows.shadowing() ? KafkaRebuild.shadowConsumer(consumer) : consumer, unitOfWork.getMessage().getIdentifier());
        return firstTime == 1 ? interceptorChain.proceed() : null;
    }
}
