package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The matter learnt from billing that its fees are settled, one of the conditions for closing it. */
@Revision("1")
public record FeeSettlementAcknowledged(String matterId, LocalDate settledOn) {
}
