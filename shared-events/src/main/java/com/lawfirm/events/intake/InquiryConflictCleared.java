package com.lawfirm.events.intake;

import com.lawfirm.events.conflict.Waiver;
import org.axonframework.serialization.Revision;

import java.util.List;

/** The inquiry's conflict check came back cleared, with the written waivers it rests on (none when clean). */
@Revision("1")
public record InquiryConflictCleared(String inquiryId, String checkId, List<Waiver> waivers) {
}
