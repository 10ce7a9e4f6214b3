package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

/** The prospect rejected a version of the proposal; a revised version may follow. */
@Revision("1")
public record ProposalRejected(String inquiryId, int version, String reason) {
}
