package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

/** The prospect withdrew the inquiry. */
@Revision("1")
public record InquiryWithdrawn(String inquiryId, String reason) {
}
