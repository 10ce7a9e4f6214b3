package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A client took a new name; the previous one became a former name (曾用名) on that day. */
@Revision("1")
public record ClientRenamed(String clientId, @PersonalData(subject = "clientId") String newName,
                            @PersonalData(subject = "clientId") String formerName, LocalDate effectiveFrom) {
}
