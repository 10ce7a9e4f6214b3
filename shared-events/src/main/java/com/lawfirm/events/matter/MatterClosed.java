package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The matter was closed (结案) with its outcome, the final report sent, and the date its file is due in the archive. */
@Revision("1")
public record MatterClosed(String matterId, String outcome, LocalDate finalReportSentOn, String feeException, LocalDate closedOn, LocalDate archiveDueOn) {
}
