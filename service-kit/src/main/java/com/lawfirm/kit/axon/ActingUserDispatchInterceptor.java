package com.lawfirm.kit.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps each command sent from a web request with the authenticated user, and starts a correlation id when the
 * command begins a flow. Commands sent by process managers already carry both from the event they react to.
 */
public class ActingUserDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> added = new HashMap<>();
            if (!command.getMetaData().containsKey(EventMetadataProvider.USER_ID)) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth != null && auth.isAuthenticated()) {
                    added.put(EventMetadataProvider.USER_ID, auth.getName());
                }
            }
            if (!command.getMetaData().containsKey(EventMetadataProvider.CORRELATION_ID)) {
                added.put(EventMetadataProvider.CORRELATION_ID, command.getIdentifier());
            }
            return added.isEmpty() ? command : command.andMetaData(added);
        };
    }
}
