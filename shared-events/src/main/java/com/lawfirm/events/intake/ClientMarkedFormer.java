package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The firm no longer acts for the client (前客户); former clients still count in conflict searches. Since revision 2
 * the reason, which speaks of the client, is sealed under the client.
 */
@Revision("2")
public record ClientMarkedFormer(String clientId, LocalDate since, @PersonalData(subject = "clientId") String reason) {
}
