package com.lawfirm.conflict.search;

import java.util.List;
import java.util.Map;

/**
 * A hit as a screened member of staff may see it: that it exists and whom to ask, not the matter behind the wall
 * (its number, title, state, the party's role, the lead lawyer, the path through the graph).
 */
final class ScreenedHits {

    private ScreenedHits() {
    }

    static ConflictHit forScreened(ConflictHit hit, Map<String, String> screened) {
        if (screened.isEmpty() || hit.matters() == null
                || hit.matters().stream().noneMatch(m -> screened.containsKey(m.matterRef()))) {
            return hit;
        }
        List<MatterInvolvement> matters = hit.matters().stream().map(m -> !screened.containsKey(m.matterRef()) ? m
                : new MatterInvolvement(null, null, "信息隔离：详情请询 %s。Behind an ethical wall: ask %s.".formatted(
                        screened.get(m.matterRef()), screened.get(m.matterRef())), null, null, null, null, null, null)).toList();
        return new ConflictHit(hit.matchKind(), hit.score(), hit.searchedField(), hit.searchedValue(), hit.matchedName(),
                hit.matchedBecause(), matters, hit.clientId(), hit.formerClient(), hit.staffId(), hit.staffLink(), List.of());
    }
}
