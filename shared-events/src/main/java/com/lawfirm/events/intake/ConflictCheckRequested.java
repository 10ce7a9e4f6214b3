package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The inquiry asks for a conflict search (利益冲突检索) over the named parties. conflict-service runs it; the inquiry
 * waits, and nothing of stage 2 may happen until the check is cleared.
 */
@Revision("1")
public record ConflictCheckRequested(String checkId, String inquiryId, List<CheckedParty> parties) {
}
