package com.lawfirm.events.party;

/** An official identifier of a person or organisation, as given. */
public record PartyIdentifier(IdentifierScheme scheme, String value) {
}
