package com.lawfirm.conflict.search;

import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.party.IdentifierScheme;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** Ad hoc conflict searches (no decision recorded) and the index's progress through the event log. */
@RestController
class ConflictSearchController {

    record IdentifierIn(@NotNull IdentifierScheme scheme, @NotBlank @Size(max = 64) String value) {
    }

    record PartyIn(@NotNull CheckRole role, @NotNull PartyKind kind, @NotBlank @Size(max = 300) String name,
                   @Size(max = 20) List<@NotBlank @Size(max = 300) String> aliases,
                   @Size(max = 10) List<@Valid @NotNull IdentifierIn> identifiers) {
    }

    record SearchRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull PartyIn> parties) {
    }

    /** A hit with the index of the searched party it belongs to. */
    record PartyHit(int party, ConflictHit hit) {
    }

    record SearchResult(List<PartyHit> hits) {
    }

    record IndexStatus(long eventsRead, long eventsIndexed, int parties, int documents, java.util.Map<String, Long> positions) {
    }

    private final ConflictSearch search;
    private final GraphFeeder feeder;
    private final ConflictGraph graph;
    private final PartyIndex index;

    ConflictSearchController(ConflictSearch search, GraphFeeder feeder, ConflictGraph graph, PartyIndex index) {
        this.search = search;
        this.feeder = feeder;
        this.graph = graph;
        this.index = index;
    }

    @PostMapping("/api/conflict-searches")
    @PreAuthorize("hasAnyRole('CONFLICTS_ANALYST', 'PARTNER', 'LAWYER', 'INTAKE', 'AUDITOR', 'ADMIN')")
    SearchResult search(@Valid @RequestBody SearchRequest request) {
        List<PartyHit> hits = new ArrayList<>();
        for (int i = 0; i < request.parties().size(); i++) {
            PartyIn p = request.parties().get(i);
            List<PartyIdentifier> ids = p.identifiers() == null ? List.of()
                    : p.identifiers().stream().map(id -> new PartyIdentifier(id.scheme(), id.value())).toList();
            int party = i;
            search.search(new SearchedParty(p.role(), p.kind(), p.name(), p.aliases(), ids))
                    .forEach(hit -> hits.add(new PartyHit(party, hit)));
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
    synchronized void rebuild() {
        feeder.stop();
        graph.clear();
        index.clear();
        feeder.start();
    }

    @GetMapping("/api/index/status")
    @PreAuthorize("hasAnyRole('CONFLICTS_ANALYST', 'PARTNER', 'AUDITOR', 'ADMIN')")
    IndexStatus status() {
        GraphFeeder.Status status = feeder.status();
        return new IndexStatus(status.eventsRead(), status.eventsIndexed(), graph.size(), index.documents(), status.positions());
    }
}
