package com.lawfirm.conflict.check;

import com.lawfirm.conflict.check.CheckCommands.CompleteConflictCheck;
import com.lawfirm.conflict.search.ConflictHit;
import com.lawfirm.conflict.search.ConflictSearch;
import com.lawfirm.conflict.search.GraphFeeder;
import com.lawfirm.conflict.search.IndexFreshness;
import com.lawfirm.conflict.search.SearchedParty;
import com.lawfirm.events.conflict.FrozenHit;
import com.lawfirm.events.conflict.HitMatter;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.kit.problem.TemporarilyUnavailableException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a check's search on a fresh index and freezes what it found into the command that completes the check. */
@Component
class CheckRunner {

    private final ConflictSearch search;
    private final IndexFreshness freshness;
    private final GraphFeeder feeder;
    private final AbsoluteRules absoluteRules;

    CheckRunner(ConflictSearch search, IndexFreshness freshness, GraphFeeder feeder, AbsoluteRules absoluteRules) {
        this.absoluteRules = absoluteRules;
        this.search = search;
        this.freshness = freshness;
        this.feeder = feeder;
    }

    CompleteConflictCheck run(String checkId, String inquiryId, String purpose, List<CheckedParty> parties) {
        long generation = feeder.generation();
        freshness.awaitEverythingPublishedSoFar();
        Map<String, Long> positions = feeder.status().positions();
        List<FrozenHit> hits = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            CheckedParty p = parties.get(i);
            for (ConflictHit hit : search.search(new SearchedParty(p.role(), p.kind(), p.name(), p.aliases(), p.identifiers()), inquiryId)) {
                hits.add(freeze(i, hit));
            }
        }
        if (feeder.generation() != generation) {
            // the index was stopped or rebuilt while the search ran: it may have searched a half-empty index
            throw new TemporarilyUnavailableException("the conflict index is being rebuilt; a check never runs on "
                    + "a partial index — try again shortly", 5);
        }
        return new CompleteConflictCheck(checkId, inquiryId, purpose, List.copyOf(parties), ConflictSearch.MATCHER_VERSION,
                positions, hits, absoluteRules.find(parties, hits));
    }

    static FrozenHit freeze(int party, ConflictHit hit) {
        List<HitMatter> matters = hit.matters().stream().map(m -> new HitMatter(m.matterRef(), m.title(), m.status(),
                m.practiceArea(), m.role() == null ? null : m.role().name(), m.openedOn(), m.closedOn(),
                m.leadLawyer())).toList();
        return new FrozenHit(party, hit.matchKind().name(), hit.score(), hit.searchedField(), hit.searchedValue(),
                hit.matchedName(), hit.matchedBecause(), matters, hit.clientId(), hit.formerClient(), hit.staffId(),
                hit.staffLink(), hit.path(), hit.prospectInquiry());
    }
}
