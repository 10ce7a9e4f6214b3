package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

/**
 * The fee terms of an engagement's terms version break a fee rule, named with an explanation (e.g. contingency is
 * not allowed for criminal matters, or the success fee is above the cap for the amount).
 */
@Revision("1")
public record FeeTermsRejected(String engagementId, int termsVersion, String ruleSet, String rule, String explanation) {
}
