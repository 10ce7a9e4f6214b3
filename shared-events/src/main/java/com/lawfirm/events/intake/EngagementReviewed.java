package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The firm's internal review of one terms version: approved, or returned with comments. Since revision 2 the comments,
 * which speak of the client, are sealed under the engagement.
 */
@Revision("2")
public record EngagementReviewed(String engagementId, int termsVersion, ReviewDecision decision, String reviewer,
                                 @PersonalData(subject = "engagementId") String comments) {
}
