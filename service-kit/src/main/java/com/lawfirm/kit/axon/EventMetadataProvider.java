package com.lawfirm.kit.axon;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries who and why onto every message produced while handling another: the correlation id of the whole
 * business flow, the causation id (the message being handled) and the acting user. The event id and timestamp
 * are the message's own identifier and timestamp.
 */
public class EventMetadataProvider implements CorrelationDataProvider {

    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String USER_ID = "userId";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        data.put(CORRELATION_ID, message.getMetaData().getOrDefault(CORRELATION_ID, message.getIdentifier()));
        data.put(CAUSATION_ID, message.getIdentifier());
        Object user = message.getMetaData().get(USER_ID);
        if (user != null) {
            data.put(USER_ID, user);
        }
        return data;
    }
}
