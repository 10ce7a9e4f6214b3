package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The legal analysis and feasibility assessment (法律问题分析与可行性评估). The chance of success is a range in
 * percent, never a certainty; both bounds are null when the matter is not litigation. Since revision 2 the issues,
 * points, risks and resources are sealed under the inquiry and go with its erasure; revision 1 stored them in clear.
 */
@Revision("2")
public record AssessmentRecorded(String inquiryId, @PersonalData(subject = "inquiryId") List<String> legalIssues,
                                 @PersonalData(subject = "inquiryId") List<String> disputedPoints,
                                 @PersonalData(subject = "inquiryId") List<String> risks,
                                 Integer successLikelyFromPercent, Integer successLikelyToPercent,
                                 Difficulty difficulty, @PersonalData(subject = "inquiryId") String resourcesNeeded) {
}
