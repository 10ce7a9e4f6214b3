package com.lawfirm.events.intake;

import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A client's contacts, preferred language or relationship owner changed; the new values replace the old. */
@Revision("1")
public record ClientDetailsUpdated(String clientId, @PersonalData(subject = "clientId") List<Contact> contacts,
                                   Language preferredLanguage, String relationshipOwner) {
}
