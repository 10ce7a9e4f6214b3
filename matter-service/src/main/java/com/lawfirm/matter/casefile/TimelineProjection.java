package com.lawfirm.matter.casefile;

import com.lawfirm.kit.privacy.SealedPayloads;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps every lifecycle event of every service that names an inquiry, conflict check, engagement or matter, one
 * document per event, read from all services' topics (this service's own included). The matter's timeline is the
 * set of entries reachable from the matter through those ids.
 */
@Component
@ProcessingGroup("timeline")
class TimelineProjection {

    static final String COLLECTION = "timeline";
    /** Ids that tie events into one client lifecycle; a client's or staff member's id would tie in unrelated matters. */
    static final List<String> LINKS = List.of("matterId", "engagementId", "inquiryId", "checkId");

    private final ReadModelStore store;
    private final SealedPayloads sealed;

    TimelineProjection(ReadModelStore store, SealedPayloads sealed) {
        this.store = store;
        this.sealed = sealed;
    }

    /** A rebuild re-reads the topics from their first offsets into an emptied copy. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        // kept sealed as the event store keeps it: an erasure reaches the timeline without rewriting it
        SealedPayloads.Sealed details = sealed.seal(payload);
        Set<String> refs = new LinkedHashSet<>();
        for (String link : LINKS) {
            if (details.json().path(link).isTextual()) {
                refs.add(details.json().get(link).asText());
            }
        }
        if (refs.isEmpty()) {
            return;
        }
        TimelineEntry entry = new TimelineEntry();
        entry.eventId = message.getIdentifier();
        entry.at = message.getTimestamp();
        entry.event = payload.getClass().getSimpleName();
        entry.service = serviceOf(payload.getClass());
        if (message instanceof DomainEventMessage<?> domain) {
            entry.aggregateType = domain.getType();
            entry.aggregateId = domain.getAggregateIdentifier();
        }
        Object user = message.getMetaData().get("userId");
        entry.userId = user == null ? null : user.toString();
        entry.refs.addAll(refs);
        entry.payloadType = details.type();
        entry.revision = details.revision();
        entry.details = details.json();
        // an event never changes, so its first copy stands and a redelivery is ignored
        store.upsert(COLLECTION, entry.eventId, 1, entry);
    }

    /** The published language's package names the service: com.lawfirm.events.intake.X is intake's. */
    private static String serviceOf(Class<?> type) {
        String pkg = type.getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }
}
