package com.lawfirm.notification.inbox;

import com.lawfirm.events.conflict.ConflictCheckCleared;
import com.lawfirm.events.conflict.ConflictCheckCompleted;
import com.lawfirm.events.conflict.ConflictCheckDeclined;
import com.lawfirm.events.intake.InquiryOpened;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Which event notifies whom: a new inquiry its owner; a conflict check with hits the conflicts analysts; a check's
 * outcome the inquiry's owner. Fed from Kafka; the inbox files each (event, recipient) once.
 */
@Component
@ProcessingGroup("notification-rules")
class NotificationRules {

    static final String ANALYSTS = "role:CONFLICTS_ANALYST";
    private static final String OWNERS = "inquiry-owners";

    record InquiryOwner(String inquiryId, String owner, String prospect) {
    }

    private final Inbox inbox;
    private final ReadModelStore store;

    NotificationRules(Inbox inbox, ReadModelStore store) {
        this.inbox = inbox;
        this.store = store;
    }

    @EventHandler
    void on(InquiryOpened e, EventMessage<?> message) {
        store.upsert(OWNERS, e.inquiryId(), 1, new InquiryOwner(e.inquiryId(), e.owner(), e.prospect().name()));
        if (e.owner() != null) {
            inbox.deliver(message.getIdentifier(), message.getTimestamp(), e.owner(), "inquiry-opened", e.inquiryId(),
                    Map.of("prospect", e.prospect().name(), "channel", e.source().channel().name()));
        }
    }

    @EventHandler
    void on(ConflictCheckCompleted e, EventMessage<?> message) {
        if (!e.hits().isEmpty()) {
            inbox.deliver(message.getIdentifier(), message.getTimestamp(), ANALYSTS, "conflict-hits", e.checkId(),
                    Map.of("hits", String.valueOf(e.hits().size()), "checkId", e.checkId()));
        }
    }

    @EventHandler
    void on(ConflictCheckCleared e, EventMessage<?> message) {
        notifyOwner(e.inquiryId(), message, "conflict-cleared");
    }

    @EventHandler
    void on(ConflictCheckDeclined e, EventMessage<?> message) {
        notifyOwner(e.inquiryId(), message, "conflict-declined");
    }

    private void notifyOwner(String inquiryId, EventMessage<?> message, String template) {
        if (inquiryId == null) {
            return;
        }
        store.get(OWNERS, inquiryId, InquiryOwner.class).filter(o -> o.owner() != null).ifPresent(owner ->
                inbox.deliver(message.getIdentifier(), message.getTimestamp(), owner.owner(), template, inquiryId,
                        Map.of("prospect", owner.prospect())));
    }
}
