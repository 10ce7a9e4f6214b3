package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The client and the team agreed how often progress reports (进展报告) are due: every N days, or monthly. */
@Revision("1")
public record ReportingCadenceAgreed(String matterId, ReportCadence cadence, int everyDays, LocalDate firstReportDue) {
}
