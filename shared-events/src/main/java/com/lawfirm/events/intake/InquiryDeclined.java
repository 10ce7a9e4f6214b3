package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The firm declined the inquiry (婉拒), with the reason. The internal note may name other clients and is never
 * shown to the prospect; the decline letter uses only the reason's category. Since revision 2 the note is sealed under
 * the inquiry and goes with its erasure; revision 1 stored it in clear.
 */
@Revision("2")
public record InquiryDeclined(String inquiryId, DeclineReason reason,
                              @PersonalData(subject = "inquiryId") String internalNote) {
}
