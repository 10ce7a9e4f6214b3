package com.lawfirm.kit.rebuild;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

import java.util.concurrent.atomic.AtomicBoolean;

/** Whether a processor's handlers declare a {@link ResetHandler}: what makes them a read model that may be replayed. */
final class ResetHandlers {

    private ResetHandlers() {
    }

    static boolean declared(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            return multi.delegates().stream().anyMatch(ResetHandlers::declared);
        }
        if (invoker instanceof SimpleEventHandlerInvoker simple) {
            return simple.eventHandlers().stream().anyMatch(handler -> handler instanceof AnnotationEventHandlerAdapter adapter
                    && declared(adapter.getTargetType()));
        }
        return false;
    }

    private static boolean declared(Class<?> type) {
        AtomicBoolean found = new AtomicBoolean();
        ReflectionUtils.doWithMethods(type, method -> found.set(true),
                method -> AnnotatedElementUtils.hasAnnotation(method, ResetHandler.class));
        return found.get();
    }
}
