package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A requested document arrived from the prospect. */
@Revision("1")
public record DocumentReceived(String inquiryId, String documentId, LocalDate receivedOn, String note) {
}
