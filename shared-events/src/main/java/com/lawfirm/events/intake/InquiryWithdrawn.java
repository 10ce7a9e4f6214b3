package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The prospect withdrew the inquiry. Since revision 2 the reason is sealed under the inquiry and goes with its
 * erasure; revision 1 stored it in clear.
 */
@Revision("2")
public record InquiryWithdrawn(String inquiryId, @PersonalData(subject = "inquiryId") String reason) {
}
