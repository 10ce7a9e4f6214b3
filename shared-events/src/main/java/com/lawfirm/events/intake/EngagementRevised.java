package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

/** The contract's terms changed: a new terms version that needs its own review and fee approval. */
@Revision("1")
public record EngagementRevised(String engagementId, EngagementTerms terms, int termsVersion) {
}
