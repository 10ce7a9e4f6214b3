package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The prospect's core need and a first view of the background (初步沟通与需求识别). Since revision 2 both are sealed
 * under the inquiry and go with its erasure; revision 1 stored them in clear.
 */
@Revision("2")
public record InquiryNeedIdentified(String inquiryId, @PersonalData(subject = "inquiryId") String coreNeed,
                                    @PersonalData(subject = "inquiryId") String background) {
}
