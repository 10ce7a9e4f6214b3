package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A quality review of the matter (质量检查): a spot check or checkpoint review with its checklist, findings, rating
 * from 1 to 5 and corrective actions. Since revision 2 the findings, the checklist's notes and what each corrective
 * action asks are sealed under the matter, as the client's records, and go with the client's erasure; revision 1
 * stored them in clear.
 */
@Revision("2")
public record QualityReviewRecorded(String matterId, String reviewId, QualityReviewKind kind, String reviewer,
                                    List<ChecklistResult> checklist,
                                    @PersonalData(subject = "matterId") String findings, int rating,
                                    List<CorrectiveAction> actions, LocalDate reviewedOn) {
}
