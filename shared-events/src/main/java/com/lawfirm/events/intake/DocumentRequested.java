package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The firm asked the prospect for a document, by a date. */
@Revision("1")
public record DocumentRequested(String inquiryId, String documentId, String description, LocalDate dueBy) {
}
