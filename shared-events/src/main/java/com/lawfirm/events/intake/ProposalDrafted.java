package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * A version of the service proposal and fee quote (服务方案与报价); versions count from 1. Since revision 2 its
 * objectives, scope, strategy and expected outcome are sealed under the inquiry and go with its erasure; revision 1
 * stored them in clear. The quote is the firm's prices, not the prospect's data.
 */
@Revision("2")
public record ProposalDrafted(String inquiryId, int version,
                              @PersonalData(subject = "inquiryId") String objectives,
                              @PersonalData(subject = "inquiryId") String scope,
                              @PersonalData(subject = "inquiryId") String strategy,
                              @PersonalData(subject = "inquiryId") String expectedOutcome, FeeQuote quote) {
}
