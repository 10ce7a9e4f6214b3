package com.lawfirm.events.intake;

import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A person or organisation entered the firm's client registry (客户档案). Names are kept exactly as given. */
@Revision("1")
public record ClientRegistered(
        String clientId,
        PartyKind kind,
        String name,
        List<String> aliases,
        List<FormerName> formerNames,
        List<PartyIdentifier> identifiers,
        List<Contact> contacts,
        Language preferredLanguage,
        String relationshipOwner,
        ClientSource source,
        PersonalDataConsent consent) {
}
