package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The prospect rejected a version of the proposal; a revised version may follow. Since revision 2 the reason is
 * sealed under the inquiry and goes with its erasure; revision 1 stored it in clear.
 */
@Revision("2")
public record ProposalRejected(String inquiryId, int version, @PersonalData(subject = "inquiryId") String reason) {
}
