package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.PersonalDataConsent;
import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The client registry's read model. {@code searchKeys} holds every name, alias, former name and identifier
 * normalised, so one text search finds a client by any of them; {@code likelyDuplicateOf} names existing clients
 * that shared an identifier when this one was registered.
 */
public class ClientView {

    public enum Status { ACTIVE, FORMER, ERASED }

    public record LegalHold(String holdId, String reason, LocalDate placedOn, String placedBy) {
    }

    public String clientId;
    public PartyKind kind;
    public String name;
    public List<String> aliases = new ArrayList<>();
    public List<FormerName> formerNames = new ArrayList<>();
    public List<PartyIdentifier> identifiers = new ArrayList<>();
    public List<Contact> contacts = new ArrayList<>();
    public Language preferredLanguage;
    public String relationshipOwner;
    public ClientSource source;
    public PersonalDataConsent consent;
    public Status status;
    public Instant registeredAt;
    public String registeredBy;
    public List<String> likelyDuplicateOf = new ArrayList<>();
    public List<String> identifierKeys = new ArrayList<>();
    public List<String> searchKeys = new ArrayList<>();
    public LocalDate formerSince;
    public LocalDate retainUntil;
    public String retentionBasis;
    /** The retention was recorded while the client was former: it ends if the client signs a new engagement. */
    public boolean retentionEndsOnReturn;
    public List<LegalHold> legalHolds = new ArrayList<>();
    public LocalDate erasedOn;
}
