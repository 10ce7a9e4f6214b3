package com.lawfirm.conflict.check;

import com.lawfirm.conflict.check.CheckCommands.RecordWaiver;
import com.lawfirm.conflict.check.CheckCommands.ReviewConflictCheck;
import com.lawfirm.events.conflict.ConflictAssessment;
import com.lawfirm.events.conflict.Waiver;
import com.lawfirm.conflict.search.PartyIn;
import com.lawfirm.conflict.search.ScreenedHits;
import com.lawfirm.conflict.search.ScreenedMatters;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Conflict checks over HTTP: ad hoc checks, the frozen result, the analyst's decision and the waivers. */
@RestController
@RequestMapping("/api/conflict-checks")
class ConflictCheckController {

    private static final String ANALYSTS = "hasAnyRole('CONFLICTS_ANALYST', 'PARTNER', 'ADMIN')";

    enum Purpose { AD_HOC, NEW_PARTY, LATERAL_HIRE }

    record CheckRequest(@NotNull Purpose purpose, @NotEmpty @Size(max = 50) List<@Valid @NotNull PartyIn> parties) {
    }

    record Decision(@NotNull ConflictAssessment assessment, @Size(max = 10_000) String reasoning,
                    @Size(max = 50) List<@NotBlank @Size(max = 300) String> waiversRequiredFrom) {
    }

    record WaiverIn(@NotBlank @Size(max = 300) String partyName, @NotBlank @Size(max = 500) String documentRef,
                    boolean ethicalWall, @Size(max = 100) List<@NotBlank @Size(max = 100) String> screenedStaff) {
    }

    private final CheckRunner runner;
    private final CommandGateway commands;
    private final ReadModelStore store;
    private final ScreenedMatters walls;

    ConflictCheckController(CheckRunner runner, CommandGateway commands, ReadModelStore store, ScreenedMatters walls) {
        this.walls = walls;
        this.runner = runner;
        this.commands = commands;
        this.store = store;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ANALYSTS)
    Map<String, String> check(@Valid @RequestBody CheckRequest body) {
        String checkId = UUID.randomUUID().toString();
        commands.sendAndWait(runner.run(checkId, null, body.purpose().name(),
                body.parties().stream().map(PartyIn::toCheckedParty).toList()));
        return Map.of("id", checkId);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('CONFLICTS_ANALYST', 'PARTNER', 'INTAKE', 'AUDITOR', 'ADMIN')")
    ConflictCheckView get(@PathVariable String id, Authentication caller) {
        ConflictCheckView view = store.get(ConflictCheckProjection.COLLECTION, id, ConflictCheckView.class)
                .orElseThrow(() -> new NotFoundException("conflict check", id));
        // walls beat every role: a screened caller sees that a hit exists and whom to ask, not the matter behind it
        Map<String, String> screened = walls.of(caller.getName().strip().toLowerCase(java.util.Locale.ROOT));
        if (!screened.isEmpty()) {
            view.hits = view.hits.stream().map(hit -> ScreenedHits.forScreened(hit, screened)).toList();
            view.absoluteConflicts = view.absoluteConflicts.stream().map(c -> ScreenedHits.forScreened(c, screened)).toList();
        }
        return view;
    }

    @PostMapping("/{id}/decision")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(ANALYSTS)
    void decide(@PathVariable String id, @Valid @RequestBody Decision body, Authentication analyst) {
        commands.sendAndWait(new ReviewConflictCheck(id, body.assessment(), analyst.getName(), body.reasoning(),
                body.waiversRequiredFrom()));
    }

    @PostMapping("/{id}/waivers")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(ANALYSTS)
    void recordWaiver(@PathVariable String id, @Valid @RequestBody WaiverIn body) {
        commands.sendAndWait(new RecordWaiver(id, new Waiver(body.partyName(), body.documentRef(), body.ethicalWall(),
                body.screenedStaff() == null ? List.of() : body.screenedStaff())));
    }
}
