package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The firm no longer acts for the client (前客户); former clients still count in conflict searches. */
@Revision("1")
public record ClientMarkedFormer(String clientId, LocalDate since, String reason) {
}
