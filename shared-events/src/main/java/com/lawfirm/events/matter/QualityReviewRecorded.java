package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A quality review of the matter (质量检查): a spot check or checkpoint review with its checklist, findings, rating from 1 to 5 and corrective actions. */
@Revision("1")
public record QualityReviewRecorded(String matterId, String reviewId, QualityReviewKind kind, String reviewer, List<ChecklistResult> checklist, String findings, int rating, List<CorrectiveAction> actions, LocalDate reviewedOn) {
}
