package com.lawfirm.notification.email;

import com.lawfirm.events.intake.ClientDetailsUpdated;
import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Clients' e-mail addresses and preferred languages, from intake's events on Kafka. */
@Component
@ProcessingGroup("client-directory")
public class ClientDirectory {

    public static final String COLLECTION = "client_contacts";

    /** Where and in which language a client is written to. */
    public record ClientContact(String clientId, String name, String email, Language language) {
    }

    private final ReadModelStore store;

    ClientDirectory(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild re-reads the topics from their first offsets into an emptied copy. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    public Optional<ClientContact> contact(String clientId) {
        return store.get(COLLECTION, clientId, ClientContact.class);
    }

    @EventHandler
    void on(ClientRegistered e, @SequenceNumber long seq) {
        store.upsert(COLLECTION, e.clientId(), seq, new ClientContact(e.clientId(), e.name(), email(e.contacts()),
                e.preferredLanguage() == null ? Language.ZH : e.preferredLanguage()));
    }

    @EventHandler
    void on(ClientDetailsUpdated e, @SequenceNumber long seq) {
        store.update(COLLECTION, e.clientId(), seq, ClientContact.class, c -> c == null ? null : new ClientContact(
                c.clientId(), c.name(), e.contacts() == null ? c.email() : email(e.contacts()),
                e.preferredLanguage() == null ? c.language() : e.preferredLanguage()));
    }

    /** An erased client is no longer written to: its name and address go. */
    @EventHandler
    void on(ClientPersonalDataErased e, @SequenceNumber long seq) {
        store.update(COLLECTION, e.clientId(), seq, ClientContact.class, c -> c == null ? null
                : new ClientContact(c.clientId(), PersonalData.ERASED, null, c.language()));
    }

    private static String email(List<Contact> contacts) {
        return contacts == null ? null : contacts.stream().filter(c -> c.kind() == Contact.ContactKind.EMAIL)
                .map(Contact::value).findFirst().orElse(null);
    }
}
