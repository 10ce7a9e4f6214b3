package com.lawfirm.conflict.check;

import com.lawfirm.conflict.search.MatchKind;
import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.party.PartyRole;

import java.util.List;

/**
 * A conflict no consent can cure, as the firm's configuration states it (following the lawyers' code of conduct): it
 * holds for a matter when every condition is met by some hit on that same matter.
 *
 * @param id          how decisions and reports name the rule
 * @param article     the article of the code of conduct it rests on
 * @param description what it forbids, in Chinese and English
 * @param allOf       the conditions, all on one matter
 */
public record AbsoluteRule(String id, String article, String description, List<Condition> allOf) {

    /**
     * A hit of a searched party in {@code searchedRole}, by one of {@code matchKinds}, on a matter in one of
     * {@code statuses} where the stored party has {@code hitRole}.
     */
    public record Condition(CheckRole searchedRole, PartyRole hitRole, List<String> statuses, List<MatchKind> matchKinds) {

        /** Certain matches only: a near spelling or an affiliate is for the analyst to weigh, not a rule to decide. */
        static final List<MatchKind> CERTAIN = List.of(MatchKind.IDENTIFIER, MatchKind.NAME, MatchKind.ALIAS,
                MatchKind.FORMER_NAME, MatchKind.TRANSLITERATION);

        public Condition {
            statuses = statuses == null || statuses.isEmpty() ? List.of("OPEN", "INQUIRY") : List.copyOf(statuses);
            matchKinds = matchKinds == null || matchKinds.isEmpty() ? CERTAIN : List.copyOf(matchKinds);
        }
    }
}
