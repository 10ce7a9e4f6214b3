package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

/** A version of the service proposal and fee quote (服务方案与报价); versions count from 1. */
@Revision("1")
public record ProposalDrafted(String inquiryId, int version, String objectives, String scope, String strategy,
                              String expectedOutcome, FeeQuote quote) {
}
