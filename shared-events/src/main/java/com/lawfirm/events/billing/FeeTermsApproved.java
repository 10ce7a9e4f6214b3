package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

/** The fee terms of an engagement's terms version pass the firm's fee rules. */
@Revision("1")
public record FeeTermsApproved(String engagementId, int termsVersion, String ruleSet) {
}
