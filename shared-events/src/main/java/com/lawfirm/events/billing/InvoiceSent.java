package com.lawfirm.events.billing;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An issued invoice went to the client: how (EMAIL, POST, COURIER, HAND, PORTAL), to whom or where, by whom, and when.
 * Sending again (a copy by post after the e-mail) is recorded again.
 */
@Revision("1")
public record InvoiceSent(String matterId, String invoiceId, String via, String sentTo, String sentBy, LocalDate sentOn) {
}
