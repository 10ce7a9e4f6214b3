package com.lawfirm.notification.privacy;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ProspectPersonalDataErased;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.notification.delivery.Deliveries;
import com.lawfirm.notification.delivery.DeliveryView;
import com.lawfirm.notification.inbox.Inbox;
import com.lawfirm.notification.inbox.Notification;
import com.lawfirm.notification.inbox.TemplateProperties;
import com.lawfirm.notification.rules.Facts;
import com.lawfirm.notification.rules.WaitingNotifications;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Notifications and deliveries about an erased client's inquiries, engagements and matters were written with its
 * name in them; their text goes, the record that something was sent to whom and when stays. What the rules learnt
 * of the client goes too. From intake's topic.
 */
@Component
@ProcessingGroup("notification-erasure")
class NotificationErasure {

    private final ReadModelStore store;
    private final WaitingNotifications waiting;

    NotificationErasure(ReadModelStore store, WaitingNotifications waiting) {
        this.store = store;
        this.waiting = waiting;
    }

    @EventHandler
    void on(ClientPersonalDataErased e) {
        Set<String> subjects = new LinkedHashSet<>(e.subjects());
        // notifications about the client's matters name it too ("you joined matter … for client …")
        for (Facts.Matter matter : about(Facts.MATTERS, "clientId", e.clientId(), Facts.Matter.class)) {
            subjects.add(matter.matterId);
            store.rewrite(Facts.MATTERS, matter.matterId, Facts.Matter.class, m -> m.clientName = PersonalData.ERASED);
        }
        eraseAbout(subjects);
        // whatever was written to the client, about anything, with its address
        about(Deliveries.COLLECTION, "recipient", "client:" + e.clientId(), DeliveryView.class).forEach(this::erase);
    }

    /** An erased prospect was nobody's client: what its inquiry's notifications say of it goes. */
    @EventHandler
    void on(ProspectPersonalDataErased e) {
        eraseAbout(e.subjects());
    }

    private void eraseAbout(Collection<String> subjects) {
        waiting.forget(subjects);
        subjects.forEach(inquiry -> store.rewrite(Facts.INQUIRIES, inquiry, Facts.Inquiry.class,
                i -> i.prospect = PersonalData.ERASED));
        for (String subject : subjects) {
            for (Notification notification : about(Inbox.COLLECTION, "subjectId", subject, Notification.class)) {
                store.rewrite(Inbox.COLLECTION, notification.id, Notification.class, n -> {
                    Map<String, TemplateProperties.Template> text = new LinkedHashMap<>();
                    n.text.keySet().forEach(language -> text.put(language,
                            new TemplateProperties.Template(PersonalData.ERASED, PersonalData.ERASED)));
                    n.text = text;
                });
            }
            about(Deliveries.COLLECTION, "subjectId", subject, DeliveryView.class).forEach(this::erase);
        }
    }

    private void erase(DeliveryView delivery) {
        store.rewrite(Deliveries.COLLECTION, delivery.id, DeliveryView.class, d -> {
            d.subject = PersonalData.ERASED;
            d.body = PersonalData.ERASED;
            if (d.recipient != null && d.recipient.startsWith("client:")) {
                d.address = PersonalData.ERASED;
            }
        });
    }

    private <T> List<T> about(String collection, String field, String value, Class<T> type) {
        return store.findAll(collection, ReadModelQuery.all().eq(field, value), type);
    }
}
