package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The responsible lawyer approved a time entry or expense for billing. */
@Revision("1")
public record WorkApproved(String matterId, String itemId, String approvedBy, LocalDate approvedOn) {
}
