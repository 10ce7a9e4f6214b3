package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A progress report went to the client: the period it covers, what it said, and how it was sent. */
@Revision("1")
public record ProgressReportSent(String matterId, String reportId, LocalDate periodFrom, LocalDate periodTo, String content, String channel, String sentBy, LocalDate sentOn) {
}
