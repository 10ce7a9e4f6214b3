package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The firm asked the prospect for a document, by a date. Since revision 2 the description is sealed under the inquiry
 * and goes with its erasure; revision 1 stored it in clear.
 */
@Revision("2")
public record DocumentRequested(String inquiryId, String documentId,
                                @PersonalData(subject = "inquiryId") String description, LocalDate dueBy) {
}
