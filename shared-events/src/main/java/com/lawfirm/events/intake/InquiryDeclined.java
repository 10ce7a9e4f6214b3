package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

/**
 * The firm declined the inquiry (婉拒), with the reason. The internal note may name other clients and is never
 * shown to the prospect; the decline letter uses only the reason's category.
 */
@Revision("1")
public record InquiryDeclined(String inquiryId, DeclineReason reason, String internalNote) {
}
