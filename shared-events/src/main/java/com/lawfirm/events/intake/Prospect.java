package com.lawfirm.events.intake;

import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.privacy.PersonalData;

import java.util.List;

/** The light data taken at first contact: who the prospect is and how to reach them. */
public record Prospect(PartyKind kind,
                       @PersonalData(subject = "inquiryId") String name,
                       @PersonalData(subject = "inquiryId") List<Contact> contacts) {
}
