package com.lawfirm.events.matter;

import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The client referred someone to the firm; intake opens an inquiry with the client as its source. */
@Revision("1")
public record ClientReferralRecorded(String matterId, String referralId, String referrerClientId,
                                     @PersonalData(subject = "referrerClientId") String referrerName, PartyKind kind,
                                     String referredName, List<Contact> contacts, String need, String recordedBy,
                                     LocalDate recordedOn) {
}
