package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A legal hold on the client's data ended. */
@Revision("1")
public record ClientLegalHoldLifted(String clientId, String holdId, LocalDate liftedOn, String liftedBy) {
}
