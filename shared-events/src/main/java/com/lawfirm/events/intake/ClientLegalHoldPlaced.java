package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The client's data must be kept whatever its retention says (诉讼保全, an investigation, a claim) until lifted. Since
 * revision 2 the reason, which speaks of the client, is sealed under the client.
 */
@Revision("2")
public record ClientLegalHoldPlaced(String clientId, String holdId, @PersonalData(subject = "clientId") String reason,
                                   LocalDate placedOn, String placedBy) {
}
