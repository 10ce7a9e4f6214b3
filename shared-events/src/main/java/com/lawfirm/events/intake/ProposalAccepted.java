package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The prospect accepted one version of the proposal; the engagement contract is drafted from it. */
@Revision("1")
public record ProposalAccepted(String inquiryId, int version, LocalDate acceptedOn) {
}
