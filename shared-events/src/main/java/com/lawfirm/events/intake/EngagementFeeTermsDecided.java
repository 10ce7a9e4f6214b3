package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

/**
 * billing-service's fee rules decided on one terms version: approved, or rejected naming the rule that failed.
 */
@Revision("1")
public record EngagementFeeTermsDecided(String engagementId, int termsVersion, boolean approved, String ruleSet,
                                        String failedRule, String explanation) {
}
