package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

/** The firm's internal review of one terms version: approved, or returned with comments. */
@Revision("1")
public record EngagementReviewed(String engagementId, int termsVersion, ReviewDecision decision, String reviewer,
                                 String comments) {
}
