package com.lawfirm.events.conflict;

import java.util.List;

/**
 * One hit of a conflict check, frozen into the check's history exactly as the analyst saw it: which searched party
 * and field, the match kind and score, the stored name, why it matched, and what it leads to.
 */
public record FrozenHit(int party, String matchKind, double score, String searchedField, String searchedValue,
                        String matchedName, String matchedBecause, List<HitMatter> matters, String clientId,
                        Boolean formerClient, String staffId, String staffLink, List<String> path) {
}
