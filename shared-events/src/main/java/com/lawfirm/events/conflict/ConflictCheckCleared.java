package com.lawfirm.events.conflict;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The final outcome of a conflict check: cleared, outright or on the strength of the listed waivers. */
@Revision("1")
public record ConflictCheckCleared(String checkId, String inquiryId, List<Waiver> waivers) {
}
