package com.lawfirm.conflict.check;

import com.lawfirm.conflict.ConflictProperties;
import com.lawfirm.conflict.search.MatchKind;
import com.lawfirm.events.conflict.AbsoluteConflict;
import com.lawfirm.events.conflict.FrozenHit;
import com.lawfirm.events.conflict.HitMatter;
import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The absolute-conflict rules as configured: both sides of one matter, on the same matter, by a certain match. */
class AbsoluteRulesTest {

    private static final AbsoluteRule BOTH_SIDES = new AbsoluteRule("both-sides-of-one-matter", "第51条", "both sides",
            List.of(new AbsoluteRule.Condition(CheckRole.PROSPECTIVE_CLIENT, PartyRole.ADVERSE, null, null),
                    new AbsoluteRule.Condition(CheckRole.ADVERSE, PartyRole.CLIENT, null, null)));
    private static final List<CheckedParty> PARTIES = List.of(
            new CheckedParty(CheckRole.PROSPECTIVE_CLIENT, PartyKind.ORGANIZATION, "华夏科技有限公司", List.of(), List.of()),
            new CheckedParty(CheckRole.ADVERSE, PartyKind.PERSON, "张伟", List.of(), List.of()));

    private final AbsoluteRules rules = new AbsoluteRules(new ConflictProperties(2, List.of(), Duration.ofSeconds(1), null,
            List.of(BOTH_SIDES)));

    @Test
    void theProspectAgainstTheFirmsOwnClientInOneMatterIsAbsolute() {
        List<FrozenHit> hits = List.of(hit(0, MatchKind.NAME, "M-1", "ADVERSE", "OPEN"), hit(1, MatchKind.NAME, "M-1", "CLIENT", "OPEN"));
        assertThat(rules.find(PARTIES, hits)).containsExactly(
                new AbsoluteConflict("both-sides-of-one-matter", "第51条", "both sides", "M-1"));
    }

    @Test
    void differentMattersClosedMattersAndUncertainMatchesAreForTheAnalyst() {
        assertThat(rules.find(PARTIES, List.of(hit(0, MatchKind.NAME, "M-1", "ADVERSE", "OPEN"),
                hit(1, MatchKind.NAME, "M-2", "CLIENT", "OPEN")))).isEmpty();
        assertThat(rules.find(PARTIES, List.of(hit(0, MatchKind.NAME, "M-1", "ADVERSE", "CLOSED"),
                hit(1, MatchKind.NAME, "M-1", "CLIENT", "CLOSED")))).isEmpty();
        assertThat(rules.find(PARTIES, List.of(hit(0, MatchKind.FUZZY, "M-1", "ADVERSE", "OPEN"),
                hit(1, MatchKind.AFFILIATE, "M-1", "CLIENT", "OPEN")))).isEmpty();
    }

    @Test
    void anOpenInquiryCountsLikeAnOpenMatter() {
        assertThat(rules.find(PARTIES, List.of(hit(0, MatchKind.IDENTIFIER, "inq-9", "ADVERSE", "INQUIRY"),
                hit(1, MatchKind.TRANSLITERATION, "inq-9", "CLIENT", "INQUIRY")))).hasSize(1);
    }

    @Test
    void aRuleWithoutConditionsStopsTheService() {
        assertThatThrownBy(() -> new AbsoluteRules(new ConflictProperties(2, List.of(), Duration.ofSeconds(1), null,
                List.of(new AbsoluteRule("empty", "第51条", "nothing", List.of())))))
                .hasMessageContaining("empty");
    }

    private static FrozenHit hit(int party, MatchKind kind, String matter, String role, String status) {
        return new FrozenHit(party, kind.name(), 0.9, "name", "x", "x", "same name",
                List.of(new HitMatter(matter, "t", status, null, role, null, null, null)), null, null, null, null, List.of(), null);
    }
}
