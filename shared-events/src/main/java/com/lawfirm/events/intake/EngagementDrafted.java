package com.lawfirm.events.intake;

import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * An engagement contract was drafted from an inquiry's accepted proposal; its terms are version 1. Since revision 2 the
 * terms' scope is sealed under the engagement, since revision 3 its other clauses in words too.
 */
@Revision("3")
public record EngagementDrafted(String engagementId, String inquiryId, int proposalVersion, String clientId,
                                @PersonalData(subject = {"clientId", "engagementId"}) String clientName,
                                List<MatterParty> parties, EngagementTerms terms, int termsVersion) {
}
