package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money paid in advance (预收款) was received onto the matter's retainer. */
@Revision("1")
public record RetainerReceived(String matterId, String retainerId, BigDecimal amount, LocalDate receivedOn, String reference) {
}
