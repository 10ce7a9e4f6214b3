package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The legal analysis and feasibility assessment (法律问题分析与可行性评估). The chance of success is a range in
 * percent, never a certainty; both bounds are null when the matter is not litigation.
 */
@Revision("1")
public record AssessmentRecorded(String inquiryId, List<String> legalIssues, List<String> disputedPoints,
                                 List<String> risks, Integer successLikelyFromPercent, Integer successLikelyToPercent,
                                 Difficulty difficulty, String resourcesNeeded) {
}
