package com.lawfirm.events.conflict;

import com.lawfirm.events.privacy.PersonalData;
import java.util.List;

/**
 * One hit of a conflict check, frozen into the check's history exactly as the analyst saw it: which searched party
 * and field, the match kind and score, the stored name, why it matched, and what it leads to. {@code clientId} is
 * set on every hit on a client's party; the stored name is sealed under it, what was searched under the inquiry.
 * {@code prospectInquiry} is set on a hit on no client but on the prospective client of an inquiry (revision 3 of
 * {@link ConflictCheckCompleted}): the stored name is then the prospect's, sealed under that inquiry. An affiliate's
 * hit is on the party found, whose name is {@code matchedName}, and leads along its {@code path} (revision 4: each
 * step's names sealed under their own subjects) to the matters of another; its reason names neither.
 */
public record FrozenHit(int party, String matchKind, double score, String searchedField,
                        @PersonalData(subject = "inquiryId") String searchedValue,
                        @PersonalData(subject = {"clientId", "prospectInquiry"}) String matchedName,
                        String matchedBecause, List<HitMatter> matters, String clientId, Boolean formerClient,
                        String staffId, String staffLink, List<AffiliationLink> path, String prospectInquiry) {
}
