package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * One contact with the prospect: when, through what, with whom, and what was said. Since revision 2 what was said is
 * sealed under the inquiry, as whom it was with always was; revision 1 stored it in clear.
 */
@Revision("2")
public record InquiryContactLogged(String inquiryId, ContactChannel channel, Instant at,
                                   @PersonalData(subject = "inquiryId") String withWhom,
                                   @PersonalData(subject = "inquiryId") String summary) {
}
