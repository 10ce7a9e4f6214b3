package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A client's feedback (回访): a satisfaction score from 1 to 5, comments, and how it was gathered. Since revision 2 the
 * comments is sealed under the matter, as the client's records, and goes with the client's erasure; revision 1 stored
 * it in clear.
 */
@Revision("2")
public record ClientFeedbackRecorded(String matterId, String feedbackId, int score,
                                     @PersonalData(subject = "matterId") String comments, String channel,
                                     LocalDate recordedOn) {
}
