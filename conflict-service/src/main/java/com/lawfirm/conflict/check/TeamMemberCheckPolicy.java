package com.lawfirm.conflict.check;

import com.lawfirm.conflict.check.TeamMemberCheck.CheckTeamMember;
import com.lawfirm.conflict.search.ConflictHit;
import com.lawfirm.conflict.search.ConflictSearch;
import com.lawfirm.conflict.search.GraphFeeder;
import com.lawfirm.conflict.search.IndexFreshness;
import com.lawfirm.conflict.search.SearchedParty;
import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.privacy.Erased;
import com.lawfirm.kit.axon.GuardedCommands;
import com.lawfirm.kit.problem.TemporarilyUnavailableException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Every person put on a matter's team (matter-service, from Kafka) is checked against the matter's parties: a hit
 * that leads to this very person (their prior client, a relative) is a conflict. Runs on a fresh index only, like
 * every check; one check per assignment however often it is delivered.
 */
@Component
@ProcessingGroup("member-checks")
class TeamMemberCheckPolicy {

    static final String MATTERS = "member_check_matters";

    /** Whose matter it is (client, or engagement for a prospect never registered), so an erasure finds it. */
    record MatterParties(String matterId, String clientId, String engagementId, List<MatterParty> parties) {
    }

    private final ConflictSearch search;
    private final IndexFreshness freshness;
    private final GuardedCommands commands;
    private final ReadModelStore store;
    private final GraphFeeder feeder;

    TeamMemberCheckPolicy(ConflictSearch search, IndexFreshness freshness, GuardedCommands commands, ReadModelStore store,
                          GraphFeeder feeder) {
        this.feeder = feeder;
        this.search = search;
        this.freshness = freshness;
        this.commands = commands;
        this.store = store;
    }

    /** The matter's parties, kept for its team's checks (same topic and key as the assignments, so always first). */
    @EventHandler
    void on(MatterOpened e) {
        store.upsert(MATTERS, e.matterId(), 1, new MatterParties(e.matterId(), e.clientId(), e.engagementId(), e.parties()));
    }

    @EventHandler
    void on(TeamMemberAssigned e, EventMessage<?> message) {
        String checkId = "member:" + message.getIdentifier();
        commands.createUnlessExists(checkId, () -> new CheckTeamMember(checkId, e.matterId(), e.staffId(),
                findings(e.matterId(), e.staffId())));
    }

    private List<String> findings(String matterId, String staffId) {
        long generation = feeder.generation();
        freshness.awaitEverythingPublishedSoFar();
        List<MatterParty> parties = store.get(MATTERS, matterId, MatterParties.class).map(MatterParties::parties)
                .orElse(List.of());
        List<String> findings = new ArrayList<>();
        for (MatterParty party : parties) {
            if (Erased.is(party.name())) {
                continue;
            }
            for (ConflictHit hit : search.search(new SearchedParty(CheckRole.RELATED, party.kind(), party.name(),
                    party.aliases(), party.identifiers()))) {
                if (staffId.equals(hit.staffId())) {
                    findings.add(party.role() + " " + party.name() + ": " + hit.matchedName()
                            + (hit.staffLink() == null ? "" : " (" + hit.staffLink() + ")"));
                }
            }
        }
        if (feeder.generation() != generation) {
            // the index was stopped or rebuilt during the search: retried from Kafka rather than cleared on a partial index
            throw new TemporarilyUnavailableException("the conflict index is being rebuilt", 5);
        }
        return findings.stream().distinct().toList();
    }
}
