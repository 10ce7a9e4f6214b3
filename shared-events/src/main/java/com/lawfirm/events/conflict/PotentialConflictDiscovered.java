package com.lawfirm.events.conflict;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * Something new in the firm's records — an affiliation, a client's former name, alias or identifier, a lateral hire's
 * prior client or a relative — puts a party of an open matter or open inquiry in conflict with another (复查发现潜在
 * 利益冲突). A conflicts analyst reviews it. {@code trigger} names what appeared; {@code matters} are the matters and
 * inquiries it concerns as they stood; {@code staffId} is set when a member of staff is involved; {@code path} shows
 * the affiliation that links the parties, if any.
 */
@Revision("1")
public record PotentialConflictDiscovered(String discoveryId, String trigger, String description, String subjectName,
                                          String staffId, List<HitMatter> matters, List<String> path) {
}
