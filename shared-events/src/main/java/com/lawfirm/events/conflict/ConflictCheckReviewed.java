package com.lawfirm.events.conflict;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The conflicts analyst reviewed the hits and decided, with reasons and the parties whose waivers are needed. */
@Revision("1")
public record ConflictCheckReviewed(String checkId, ConflictAssessment assessment, String analyst, String reasoning,
                                    List<String> waiversRequiredFrom) {
}
