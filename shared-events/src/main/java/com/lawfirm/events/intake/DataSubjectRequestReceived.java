package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A client asked for access to, correction or erasure of their personal data; it is due for an answer by {@code dueBy}. */
@Revision("1")
public record DataSubjectRequestReceived(String requestId, String clientId, DataSubjectRequestKind kind,
                                         @PersonalData(subject = "clientId") String details, LocalDate receivedOn,
                                         LocalDate dueBy, String recordedBy) {
}
