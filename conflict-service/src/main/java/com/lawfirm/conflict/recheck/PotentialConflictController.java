package com.lawfirm.conflict.recheck;

import com.lawfirm.conflict.recheck.RecheckCommands.ReviewPotentialConflict;
import com.lawfirm.conflict.search.ScreenedHits;
import com.lawfirm.conflict.search.ScreenedMatters;
import com.lawfirm.events.conflict.PotentialConflictConclusion;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Potential conflicts found by re-checks: the analysts' queue and their reviews. */
@RestController
@RequestMapping("/api/potential-conflicts")
class PotentialConflictController {

    record Review(@NotNull PotentialConflictConclusion conclusion, @NotBlank @Size(max = 10_000) String reasoning) {
    }

    private final CommandGateway commands;
    private final ReadModelStore store;
    private final ScreenedMatters walls;

    PotentialConflictController(CommandGateway commands, ReadModelStore store, ScreenedMatters walls) {
        this.commands = commands;
        this.store = store;
        this.walls = walls;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CONFLICTS_ANALYST', 'PARTNER', 'AUDITOR', 'ADMIN')")
    Page<PotentialConflictView> list(@RequestParam(required = false) PotentialConflictView.Status status,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(ReadModelQuery.MAX_PAGE_SIZE) int size,
                                     Authentication caller) {
        ReadModelQuery query = ReadModelQuery.all().sortDescending("discoveredAt").page(page, size);
        if (status != null) {
            query.eq("status", status.name());
        }
        Map<String, String> screened = screenedFrom(caller);
        return store.find(PotentialConflictProjection.COLLECTION, query, PotentialConflictView.class)
                .map(v -> forScreened(v, screened));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('CONFLICTS_ANALYST', 'PARTNER', 'AUDITOR', 'ADMIN')")
    PotentialConflictView get(@PathVariable String id, Authentication caller) {
        return forScreened(store.get(PotentialConflictProjection.COLLECTION, id, PotentialConflictView.class)
                .orElseThrow(() -> new NotFoundException("potential conflict", id)), screenedFrom(caller));
    }

    private Map<String, String> screenedFrom(Authentication caller) {
        return walls.of(caller.getName().strip().toLowerCase(Locale.ROOT));
    }

    /** Walls beat every role: a screened caller sees that something was found and whom to ask, not the matter. */
    private static PotentialConflictView forScreened(PotentialConflictView v, Map<String, String> screened) {
        String contact = v.matters == null ? null : v.matters.stream().map(m -> screened.get(m.matterRef()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (contact != null) {
            v.matters = ScreenedHits.forScreened(v.matters, screened);
            v.description = ScreenedHits.behindTheWall(contact);
            v.path = List.of();
        }
        return v;
    }

    @PostMapping("/{id}/review")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('CONFLICTS_ANALYST', 'ADMIN')")
    void review(@PathVariable String id, @Valid @RequestBody Review body, Authentication analyst) {
        commands.sendAndWait(new ReviewPotentialConflict(id, analyst.getName(), body.conclusion(), body.reasoning()));
    }
}
