package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

/**
 * The contract's terms changed: a new terms version that needs its own review and fee approval. Since revision 2 the
 * terms' scope is sealed under the engagement, since revision 3 its other clauses in words too.
 */
@Revision("3")
public record EngagementRevised(String engagementId, EngagementTerms terms, int termsVersion) {
}
