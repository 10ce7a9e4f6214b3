package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** One side signed the contract. */
@Revision("1")
public record EngagementSignedBy(String engagementId, SigningSide side,
                                 @PersonalData(subject = "engagementId", onlyIf = "side=CLIENT") String signatory,
                                 LocalDate signedOn) {
}
