package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A requested document arrived from the prospect. Since revision 2 the note is sealed under the inquiry and goes with
 * its erasure; revision 1 stored it in clear.
 */
@Revision("2")
public record DocumentReceived(String inquiryId, String documentId, LocalDate receivedOn,
                               @PersonalData(subject = "inquiryId") String note) {
}
