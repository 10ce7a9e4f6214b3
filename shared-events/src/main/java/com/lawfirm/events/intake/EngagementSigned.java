package com.lawfirm.events.intake;

import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * Both sides signed: the engagement is established. matter-service opens the matter from it and billing-service creates
 * the fee agreement, so it carries the whole contract. {@code clientId} is the client the contract binds: the one it was
 * drafted for, or, for a prospect, the client it is registered as in the same transaction (since 2026-12-01; a
 * prospect's contract signed before carries none). Since revision 2 the terms' scope is sealed under the engagement,
 * since revision 3 its other clauses in words too.
 */
@Revision("3")
public record EngagementSigned(String engagementId, String inquiryId, String clientId,
                               @PersonalData(subject = {"clientId", "engagementId"}) String clientName,
                               List<MatterParty> parties, EngagementTerms terms, int termsVersion,
                               @PersonalData(subject = {"clientId", "engagementId"}) String clientSignatory,
                               LocalDate clientSignedOn, String firmSignatory, LocalDate firmSignedOn) {
}
