package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The team asked the client to decide (客户确认): what, the options, and the team's recommendation. Since revision 2 the
 * question, the options and the recommendation are sealed under the matter, as the client's records, and go with the
 * client's erasure; revision 1 stored them in clear.
 */
@Revision("2")
public record ClientAuthorizationRequested(String matterId, String authorizationId, AuthorizationDecision decision,
                                           @PersonalData(subject = "matterId") String question,
                                           @PersonalData(subject = "matterId") List<String> options,
                                           @PersonalData(subject = "matterId") String recommendation,
                                           String requestedBy, LocalDate requestedOn) {
}
