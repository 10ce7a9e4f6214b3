package com.lawfirm.events.conflict;

import org.axonframework.serialization.Revision;

/**
 * The final outcome of a conflict check: the firm must decline. The reason is for the firm's eyes only; it may
 * name the conflicting client and is never passed to the prospect.
 */
@Revision("1")
public record ConflictCheckDeclined(String checkId, String inquiryId, String reason) {
}
