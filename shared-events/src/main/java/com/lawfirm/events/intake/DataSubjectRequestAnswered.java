package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The firm answered a data subject's request: fulfilled or refused (with the reason), on time or late. */
@Revision("1")
public record DataSubjectRequestAnswered(String requestId, String clientId, boolean fulfilled,
                                         @PersonalData(subject = "clientId") String answer, LocalDate answeredOn,
                                         boolean late, String answeredBy) {
}
