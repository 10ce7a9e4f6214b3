package com.lawfirm.events.intake;

import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** An official identifier of a client became known after registration. */
@Revision("1")
public record ClientIdentifierAdded(String clientId, @PersonalData(subject = "clientId") PartyIdentifier identifier) {
}
