package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** One contact with the prospect: when, through what, with whom, and what was said. */
@Revision("1")
public record InquiryContactLogged(String inquiryId, ContactChannel channel, Instant at,
                                   @PersonalData(subject = "inquiryId") String withWhom, String summary) {
}
