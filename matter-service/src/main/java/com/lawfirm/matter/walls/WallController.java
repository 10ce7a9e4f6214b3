package com.lawfirm.matter.walls;

import com.lawfirm.events.matter.WallSource;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.matter.walls.EthicalWall.ErectWall;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ethical walls over HTTP: erecting one by decision, listing them, and the report of attempts per wall. */
@RestController
@RequestMapping("/api/walls")
class WallController {

    private static final String WALL_KEEPERS = "hasAnyRole('PARTNER', 'CONFLICTS_ANALYST', 'ADMIN')";

    record WallIn(@NotBlank @Size(max = 64) String matterId,
                  @NotNull @Size(min = 1, max = 100) List<@NotBlank @Size(max = 100) String> screened,
                  @NotBlank @Size(max = 2000) String reason) {
    }

    private final CommandGateway commands;
    private final ReadModelStore store;
    private final Clock clock;

    WallController(CommandGateway commands, ReadModelStore store, Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.store = store;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WALL_KEEPERS)
    Map<String, String> erect(@Valid @RequestBody WallIn body, Authentication caller) {
        String wallId = UUID.randomUUID().toString();
        commands.sendAndWait(new ErectWall(wallId, body.matterId(), null, body.screened(), WallSource.MANUAL,
                body.reason(), caller.getName(), LocalDate.now(clock)));
        return Map.of("id", wallId);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PARTNER', 'CONFLICTS_ANALYST', 'AUDITOR', 'ADMIN')")
    Page<WallView> list() {
        return store.find(WallProjection.WALLS, ReadModelQuery.all().sortDescending("erectedOn")
                .page(0, ReadModelQuery.MAX_PAGE_SIZE), WallView.class);
    }

    /** Every attempt through the wall, in matter-service and in billing: who, what they tried, when; latest first. */
    @GetMapping("/{wallId}/denied-attempts")
    @PreAuthorize("hasAnyRole('PARTNER', 'CONFLICTS_ANALYST', 'AUDITOR', 'ADMIN')")
    Page<WallProjection.Attempt> attempts(@PathVariable String wallId) {
        store.get(WallProjection.WALLS, wallId, WallView.class).orElseThrow(() -> new NotFoundException("wall", wallId));
        List<WallProjection.Attempt> attempts = new ArrayList<>();
        long total = 0;
        for (String collection : List.of(WallProjection.ATTEMPTS, BillingDenials.ATTEMPTS)) {
            Page<WallProjection.Attempt> found = store.find(collection, ReadModelQuery.all().eq("wallId", wallId)
                    .sortDescending("at").page(0, ReadModelQuery.MAX_PAGE_SIZE), WallProjection.Attempt.class);
            attempts.addAll(found.items());
            total += found.total();
        }
        // the latest attempts of both services, newest first; total counts every attempt ever recorded
        attempts.sort(Comparator.comparing(WallProjection.Attempt::at, Comparator.nullsLast(Comparator.reverseOrder())));
        List<WallProjection.Attempt> page = attempts.subList(0, Math.min(attempts.size(), ReadModelQuery.MAX_PAGE_SIZE));
        return new Page<>(List.copyOf(page), 0, ReadModelQuery.MAX_PAGE_SIZE, total);
    }
}
