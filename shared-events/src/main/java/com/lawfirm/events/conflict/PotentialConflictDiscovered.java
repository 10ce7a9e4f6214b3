package com.lawfirm.events.conflict;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * Something new in the firm's records — an affiliation, a client's former name, alias or identifier, a lateral hire's
 * prior client or a relative — puts a party of an open matter or open inquiry in conflict with another (复查发现潜在
 * 利益冲突). A conflicts analyst reviews it. {@code trigger} names what appeared; {@code matters} are the matters and
 * inquiries it concerns as they stood; {@code staffId} is set when a member of staff is involved; {@code path} shows
 * the affiliation that links the parties, if any. Revision 2 keeps names out of the description: the party it is about
 * ({@code subjectName}) is sealed under its data subject ({@code subjectId}: the firm's client it is, or the inquiry
 * whose prospective client it is; none for anyone else), and each name on the path under its own; revision 1's
 * description and path sentences read as they were recorded.
 */
@Revision("2")
public record PotentialConflictDiscovered(String discoveryId, String trigger, String description,
                                          @PersonalData(subject = "subjectId") String subjectName, String subjectId,
                                          String staffId, List<HitMatter> matters, List<AffiliationLink> path) {
}
