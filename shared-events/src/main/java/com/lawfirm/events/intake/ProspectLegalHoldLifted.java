package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A legal hold on a prospect's records ended. */
@Revision("1")
public record ProspectLegalHoldLifted(String inquiryId, String holdId, LocalDate liftedOn, String liftedBy) {
}
