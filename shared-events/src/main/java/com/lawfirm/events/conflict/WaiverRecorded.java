package com.lawfirm.events.conflict;

import org.axonframework.serialization.Revision;

/** A party's written waiver was received and filed. */
@Revision("1")
public record WaiverRecorded(String checkId, Waiver waiver) {
}
