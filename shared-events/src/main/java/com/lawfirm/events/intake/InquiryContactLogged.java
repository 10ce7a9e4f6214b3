package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** One contact with the prospect: when, through what, with whom, and what was said. */
@Revision("1")
public record InquiryContactLogged(String inquiryId, ContactChannel channel, Instant at, String withWhom, String summary) {
}
