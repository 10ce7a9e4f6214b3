package com.lawfirm.notification.email;

import com.lawfirm.events.matter.ClientAuthorizationRequested;
import com.lawfirm.events.matter.KeyEventRecorded;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.party.Language;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * What the client must be told by e-mail, in their language (matter-service's events, from Kafka): every key event
 * (mandatory: it cannot be opted out of), and every decision the firm asks them to authorise.
 */
@Component
@ProcessingGroup("client-notices")
class ClientNotices {

    static final String MATTER_CLIENTS = "matter_clients";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    record MatterClient(String matterId, String matterNumber, String clientId) {
    }

    private final ReadModelStore store;
    private final EmailChannel email;

    ClientNotices(ReadModelStore store, EmailChannel email) {
        this.store = store;
        this.email = email;
    }

    @EventHandler
    void on(MatterOpened e) {
        store.upsert(MATTER_CLIENTS, e.matterId(), 1, new MatterClient(e.matterId(), e.matterNumber(), e.clientId()));
    }

    @EventHandler
    void on(KeyEventRecorded e, EventMessage<?> message) {
        send(message, e.matterId(), "client-key-event", Map.of("event", e.description(), "when",
                WHEN.format(e.occurredAt())));
    }

    @EventHandler
    void on(ClientAuthorizationRequested e, EventMessage<?> message) {
        send(message, e.matterId(), "client-authorization", Map.of("question", e.question(),
                "options", String.join(" / ", e.options()),
                "recommendation", e.recommendation() == null ? "" : e.recommendation()));
    }

    private void send(EventMessage<?> message, String matterId, String template, Map<String, String> values) {
        MatterClient matter = store.get(MATTER_CLIENTS, matterId, MatterClient.class)
                .orElse(new MatterClient(matterId, matterId, null));
        ClientDirectory.ClientContact client = matter.clientId() == null ? null : store.get(ClientDirectory.COLLECTION,
                matter.clientId(), ClientDirectory.ClientContact.class).orElse(null);
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put("matterNumber", matter.matterNumber());
        all.put("client", client == null ? "" : client.name());
        Language language = client == null ? Language.ZH : client.language();
        email.send(message.getIdentifier(), "client:" + (matter.clientId() == null ? matterId : matter.clientId()),
                client == null ? null : client.email(), language.name().toLowerCase(Locale.ROOT), template, matterId, all);
    }
}
