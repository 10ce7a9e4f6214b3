package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

/**
 * A prospect's request reached the firm (潜在客户接洽): where it came from, who they are, the rough need, the staff
 * member who owns it, and the registered client when the prospect is one already.
 */
@Revision("1")
public record InquiryOpened(String inquiryId, ClientSource source, Prospect prospect, String roughNeed, String owner,
                            String existingClientId) {
}
