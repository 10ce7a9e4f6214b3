package com.lawfirm.events.conflict;

import com.lawfirm.events.intake.CheckedParty;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.Map;

/**
 * A conflict search ran for a check. Everything it rested on is frozen here so that the decision replays exactly as
 * it was taken: the parties searched, the matcher's version, the index's positions in the event log, the hits.
 * {@code inquiryId} is null for checks that belong to no inquiry (ad hoc, a new party, a lateral hire). Revision 2
 * added the absolute conflicts the firm's rules found in the hits (which no waiver can cure) and each hit matter's
 * dates and lead lawyer; revision 1 reads with none. Revision 3 added the inquiry whose prospect a hit is on (its
 * name sealed under that inquiry); revision 2 reads with none. Revision 4 made an affiliate hit's path steps of two
 * names each sealed under its subject; revision 3's sentences read as the steps' relations.
 */
@Revision("4")
public record ConflictCheckCompleted(String checkId, String inquiryId, String purpose, List<CheckedParty> parties,
                                     String matcherVersion, Map<String, Long> indexPositions, List<FrozenHit> hits,
                                     List<AbsoluteConflict> absoluteConflicts) {
}
