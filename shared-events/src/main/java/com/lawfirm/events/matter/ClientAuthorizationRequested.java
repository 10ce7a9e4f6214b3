package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The team asked the client to decide (客户确认): what, the options, and the team's recommendation. */
@Revision("1")
public record ClientAuthorizationRequested(String matterId, String authorizationId, AuthorizationDecision decision, String question, List<String> options, String recommendation, String requestedBy, LocalDate requestedOn) {
}
