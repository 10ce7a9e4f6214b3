package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The firm answered a data subject's request: fulfilled or refused (with the reason), on time or late. Revision 2
 * added {@code inquiryId}, the prospect's inquiry when the request was a prospect's; revision 1 is read with none.
 */
@Revision("2")
public record DataSubjectRequestAnswered(String requestId, String clientId, String inquiryId, boolean fulfilled,
                                         @PersonalData(subject = {"clientId", "inquiryId"}) String answer,
                                         LocalDate answeredOn, boolean late, String answeredBy) {
}
