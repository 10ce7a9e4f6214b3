package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.PersonalDataConsent;
import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;

import java.time.Instant;
import java.util.List;

/**
 * The client registry's read model. {@code searchKeys} holds every name, alias, former name and identifier
 * normalised, so one text search finds a client by any of them; {@code likelyDuplicateOf} names existing clients
 * that shared an identifier when this one was registered.
 */
public record ClientView(
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
        PersonalDataConsent consent,
        Status status,
        Instant registeredAt,
        String registeredBy,
        List<String> likelyDuplicateOf,
        List<String> identifierKeys,
        List<String> searchKeys) {

    public enum Status { ACTIVE, FORMER }
}
