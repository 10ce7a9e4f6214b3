package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The records of a prospect who never became the firm's client must be kept whatever the prospect retention says
 * (a claim over the declined inquiry, an investigation, a bar association's inquiry) until the hold is lifted. The
 * reason, likely to name the prospect, is sealed under the inquiry.
 */
@Revision("1")
public record ProspectLegalHoldPlaced(String inquiryId, String holdId, @PersonalData(subject = "inquiryId") String reason,
                                      LocalDate placedOn, String placedBy) {
}
