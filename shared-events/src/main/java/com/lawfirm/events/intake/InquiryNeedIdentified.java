package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

/** The prospect's core need and a first view of the background (初步沟通与需求识别). */
@Revision("1")
public record InquiryNeedIdentified(String inquiryId, String coreNeed, String background) {
}
