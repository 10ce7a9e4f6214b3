package com.lawfirm.conflict.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Ad hoc conflict searches (no decision recorded) and the index's progress through the event log. */
@RestController
class ConflictSearchController {

    record SearchRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull PartyIn> parties) {
    }

    /** A hit with the index of the searched party it belongs to. */
    record PartyHit(int party, ConflictHit hit) {
    }

    record SearchResult(List<PartyHit> hits) {
    }

    record IndexStatus(long eventsRead, long eventsIndexed, int parties, int documents, Map<String, Long> positions,
                       Map<String, Long> lag, long totalLag, String startedFrom) {
    }

    private final ConflictSearch search;
    private final GraphFeeder feeder;
    private final ConflictGraph graph;
    private final PartyIndex index;
    private final ScreenedMatters walls;
    private final IndexFreshness freshness;

    ConflictSearchController(ConflictSearch search, GraphFeeder feeder, ConflictGraph graph, PartyIndex index,
                             ScreenedMatters walls, IndexFreshness freshness) {
        this.freshness = freshness;
        this.walls = walls;
        this.search = search;
        this.feeder = feeder;
        this.graph = graph;
        this.index = index;
    }

    @PostMapping("/api/conflict-searches")
    @PreAuthorize("hasAnyRole('CONFLICTS_ANALYST', 'PARTNER', 'LAWYER', 'INTAKE', 'AUDITOR', 'ADMIN')")
    SearchResult search(@Valid @RequestBody SearchRequest request, Authentication caller) {
        // walls beat every role: a screened caller learns that a hit exists and whom to ask, nothing behind the wall
        Map<String, String> screened = walls.of(caller.getName().strip().toLowerCase(java.util.Locale.ROOT));
        List<PartyHit> hits = new ArrayList<>();
        for (int i = 0; i < request.parties().size(); i++) {
            int party = i;
            search.search(request.parties().get(i).toSearchedParty())
                    .forEach(hit -> hits.add(new PartyHit(party, ScreenedHits.forScreened(hit, screened))));
        }
        return new SearchResult(hits);
    }

    /**
     * Rebuilds the graph and its index from the first event of every graph topic. Checks meanwhile wait for the
     * index to catch up (or are refused); ad hoc searches see the index as far as it has been rebuilt.
     */
    @PostMapping("/api/index/rebuild")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('ADMIN')")
    void rebuild() {
        feeder.rebuild();
    }

    @GetMapping("/api/index/status")
    @PreAuthorize("hasAnyRole('CONFLICTS_ANALYST', 'PARTNER', 'AUDITOR', 'ADMIN')")
    IndexStatus status() {
        GraphFeeder.Status status = feeder.status();
        Map<String, Long> lag = freshness.lag();
        return new IndexStatus(status.eventsRead(), status.eventsIndexed(), graph.size(), index.documents(),
                status.positions(), lag, lag.values().stream().mapToLong(Long::longValue).sum(), status.startedFrom());
    }
}
