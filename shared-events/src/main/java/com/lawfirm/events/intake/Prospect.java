package com.lawfirm.events.intake;

import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.PartyKind;

import java.util.List;

/** The light data taken at first contact: who the prospect is and how to reach them. */
public record Prospect(PartyKind kind, String name, List<Contact> contacts) {
}
