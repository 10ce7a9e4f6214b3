package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Every invoice of the matter is paid or written off: nothing is owed, and the matter may close. */
@Revision("1")
public record MatterFeesSettled(String matterId, LocalDate settledOn) {
}
