package com.lawfirm.events.intake;

import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A person or organisation entered the firm's client registry (客户档案). Names are kept exactly as given. */
@Revision("1")
public record ClientRegistered(
        String clientId,
        PartyKind kind,
        @PersonalData(subject = "clientId") String name,
        @PersonalData(subject = "clientId") List<String> aliases,
        @PersonalData(subject = "clientId") List<FormerName> formerNames,
        @PersonalData(subject = "clientId") List<PartyIdentifier> identifiers,
        @PersonalData(subject = "clientId") List<Contact> contacts,
        Language preferredLanguage,
        String relationshipOwner,
        ClientSource source,
        PersonalDataConsent consent) {
}
