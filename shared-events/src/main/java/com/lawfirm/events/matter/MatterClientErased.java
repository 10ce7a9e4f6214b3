package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The matter's client had its personal data erased (intake's {@code ClientPersonalDataErased}, {@code erasedOn}): what
 * the matter recorded of the client reads as erased, and nothing more is recorded of the relationship — a
 * communication, a follow-up visit, feedback or a referral is refused from then on. Recorded on a closed matter, never
 * on an archived one, which is read-only already.
 */
@Revision("1")
public record MatterClientErased(String matterId, String clientId, LocalDate erasedOn) {
}
