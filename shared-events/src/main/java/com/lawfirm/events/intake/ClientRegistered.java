package com.lawfirm.events.intake;

import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A person or organisation entered the firm's client registry (客户档案). */
@Revision("1")
public record ClientRegistered(
        String clientId,
        PartyKind kind,
        String name,
        List<String> aliases,
        List<PartyIdentifier> identifiers,
        Language preferredLanguage) {
}
