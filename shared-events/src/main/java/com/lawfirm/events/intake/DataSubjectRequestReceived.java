package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A client, or the prospect of inquiry {@code inquiryId} who never became one, asked for access to, correction or
 * erasure of their personal data; it is due for an answer by {@code dueBy}. Revision 2 added {@code inquiryId};
 * revision 1 is read with none (every request then was a client's).
 */
@Revision("2")
public record DataSubjectRequestReceived(String requestId, String clientId, String inquiryId, DataSubjectRequestKind kind,
                                         @PersonalData(subject = {"clientId", "inquiryId"}) String details,
                                         LocalDate receivedOn, LocalDate dueBy, String recordedBy) {
}
