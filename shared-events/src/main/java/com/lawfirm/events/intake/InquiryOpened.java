package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * A prospect's request reached the firm (潜在客户接洽): where it came from, who they are, the rough need, the staff
 * member who owns it, and the registered client when the prospect is one already. Since revision 2 the rough need is
 * sealed under the inquiry, as the prospect always was; revision 1 stored it in clear.
 */
@Revision("2")
public record InquiryOpened(String inquiryId, ClientSource source, Prospect prospect,
                            @PersonalData(subject = "inquiryId") String roughNeed, String owner,
                            String existingClientId) {
}
