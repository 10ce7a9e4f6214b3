package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A person an ethical wall screens from a matter tried to reach its account, time or invoices in billing and was told
 * the matter does not exist: which wall, what they tried, and when. matter-service lists it in the wall's report.
 */
@Revision("1")
public record AccountAccessDenied(String attemptId, String wallId, String matterId, String login, String attempted,
                                  Instant at) {
}
