package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** Another name a client is known by: a short name (简称), a translation, a trading name. */
@Revision("1")
public record ClientAliasAdded(String clientId, @PersonalData(subject = "clientId") String alias) {
}
