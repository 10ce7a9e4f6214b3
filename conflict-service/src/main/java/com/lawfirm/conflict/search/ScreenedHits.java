package com.lawfirm.conflict.search;

import com.lawfirm.events.conflict.AbsoluteConflict;
import com.lawfirm.events.conflict.AffiliationLink;
import com.lawfirm.events.conflict.FrozenHit;
import com.lawfirm.events.conflict.HitMatter;

import java.util.List;
import java.util.Map;

/**
 * A hit (of an ad hoc search, or frozen in a recorded check) as a screened member of staff may see it: that it exists and whom to ask, not the matter behind the wall
 * (its number, title, state, the party's role, the lead lawyer, the path through the graph).
 */
public final class ScreenedHits {

    private ScreenedHits() {
    }

    /** A frozen hit of a recorded check, as a screened member of staff may see it. */
    public static FrozenHit forScreened(FrozenHit hit, Map<String, String> screened) {
        if (screened.isEmpty() || hit.matters() == null
                || hit.matters().stream().noneMatch(m -> screened.containsKey(m.matterRef()))) {
            return hit;
        }
        List<HitMatter> matters = forScreened(hit.matters(), screened);
        // an affiliate's reason named the affiliate until revision 4 of the check's event, and a view may keep it
        return new FrozenHit(hit.party(), hit.matchKind(), hit.score(), hit.searchedField(), hit.searchedValue(),
                hit.matchedName(), AffiliationLink.withoutName(hit.matchedBecause()), matters, hit.clientId(),
                hit.formerClient(), hit.staffId(), hit.staffLink(), List.of(), hit.prospectInquiry());
    }

    /** Matters a screened member of staff may see: the screened ones only as whom to ask. */
    public static List<HitMatter> forScreened(List<HitMatter> matters, Map<String, String> screened) {
        return matters.stream().map(m -> !screened.containsKey(m.matterRef()) ? m
                : new HitMatter(null, behindTheWall(screened.get(m.matterRef())), null, null, null, null, null, null)).toList();
    }

    /** An absolute conflict on a screened matter: that it exists and whom to ask. */
    public static AbsoluteConflict forScreened(AbsoluteConflict conflict, Map<String, String> screened) {
        return !screened.containsKey(conflict.matterRef()) ? conflict : new AbsoluteConflict(conflict.rule(),
                conflict.article(), conflict.description() + " — " + behindTheWall(screened.get(conflict.matterRef())), null);
    }

    public static String behindTheWall(String contact) {
        return "信息隔离：详情请询 %s。Behind an ethical wall: ask %s.".formatted(contact, contact);
    }

    static ConflictHit forScreened(ConflictHit hit, Map<String, String> screened) {
        if (screened.isEmpty() || hit.matters() == null
                || hit.matters().stream().noneMatch(m -> screened.containsKey(m.matterRef()))) {
            return hit;
        }
        List<MatterInvolvement> matters = hit.matters().stream().map(m -> !screened.containsKey(m.matterRef()) ? m
                : new MatterInvolvement(null, null, behindTheWall(screened.get(m.matterRef())), null, null, null, null, null,
                        null)).toList();
        return new ConflictHit(hit.matchKind(), hit.score(), hit.searchedField(), hit.searchedValue(), hit.matchedName(),
                hit.matchedBecause(), matters, hit.clientId(), hit.formerClient(), hit.staffId(), hit.staffLink(), List.of(),
                hit.prospectInquiry());
    }
}
