package com.lawfirm.conflict.check;

import com.lawfirm.conflict.ConflictProperties;
import com.lawfirm.events.conflict.AbsoluteConflict;
import com.lawfirm.events.conflict.FrozenHit;
import com.lawfirm.events.conflict.HitMatter;
import com.lawfirm.events.intake.CheckedParty;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds in a check's hits the conflicts the firm's rules hold absolute (律师执业行为规范 第51条: e.g. both sides of one
 * matter). They are frozen into the completed check, and the check can then only be declined. A rule that names no
 * condition stops the service at start.
 */
@Component
class AbsoluteRules {

    private final List<AbsoluteRule> rules;

    AbsoluteRules(ConflictProperties properties) {
        this.rules = properties.absoluteRules();
        for (AbsoluteRule rule : rules) {
            if (rule.id() == null || rule.article() == null || rule.allOf() == null || rule.allOf().isEmpty()
                    || rule.allOf().stream().anyMatch(c -> c.searchedRole() == null || c.hitRole() == null)) {
                throw new IllegalStateException("lawfirm.conflict.absolute-rules: rule '" + rule.id()
                        + "' needs an id, an article and conditions each naming searched-role and hit-role");
            }
        }
    }

    List<AbsoluteConflict> find(List<CheckedParty> parties, List<FrozenHit> hits) {
        List<AbsoluteConflict> found = new ArrayList<>();
        Set<String> matters = new LinkedHashSet<>();
        hits.forEach(h -> h.matters().forEach(m -> matters.add(m.matterRef())));
        for (AbsoluteRule rule : rules) {
            for (String matter : matters) {
                if (matter != null && rule.allOf().stream().allMatch(c -> met(c, matter, parties, hits))) {
                    found.add(new AbsoluteConflict(rule.id(), rule.article(), rule.description(), matter));
                }
            }
        }
        return found;
    }

    private static boolean met(AbsoluteRule.Condition condition, String matter, List<CheckedParty> parties,
                               List<FrozenHit> hits) {
        for (FrozenHit hit : hits) {
            if (parties.get(hit.party()).role() != condition.searchedRole()
                    || condition.matchKinds().stream().noneMatch(k -> k.name().equals(hit.matchKind()))) {
                continue;
            }
            for (HitMatter m : hit.matters()) {
                if (matter.equals(m.matterRef()) && condition.hitRole().name().equals(m.role())
                        && condition.statuses().contains(m.status())) {
                    return true;
                }
            }
        }
        return false;
    }
}
