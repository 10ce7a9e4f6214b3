package com.lawfirm.intake.engagement;

import com.lawfirm.intake.engagement.EngagementCommands.ReviewEngagement;
import com.lawfirm.intake.engagement.EngagementCommands.ReviseEngagement;
import com.lawfirm.intake.engagement.EngagementCommands.SignEngagement;
import com.lawfirm.intake.engagement.EngagementRequests.NewEngagement;
import com.lawfirm.intake.engagement.EngagementRequests.Review;
import com.lawfirm.intake.engagement.EngagementRequests.Signature;
import com.lawfirm.intake.engagement.EngagementRequests.TermsIn;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import jakarta.validation.Valid;
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

import java.util.Map;

/** Engagement contracts over HTTP: drafted from an accepted proposal, reviewed, revised and signed. */
@RestController
@RequestMapping("/api/engagements")
class EngagementController {

    private static final String LAWYERS = "hasAnyRole('LAWYER', 'PARTNER', 'ADMIN')";
    private static final String REVIEWERS = "hasAnyRole('PARTNER', 'ADMIN')";
    private static final String READERS = "hasAnyRole('INTAKE', 'LAWYER', 'PARTNER', 'BILLING', 'AUDITOR', 'ADMIN')";

    private final CommandGateway commands;
    private final ReadModelStore store;
    private final EngagementDrafting drafting;
    private final EngagementSigning signing;

    EngagementController(CommandGateway commands, ReadModelStore store, EngagementDrafting drafting,
                         EngagementSigning signing) {
        this.commands = commands;
        this.store = store;
        this.drafting = drafting;
        this.signing = signing;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(LAWYERS)
    Map<String, String> draft(@Valid @RequestBody NewEngagement body) {
        EngagementCommands.DraftEngagement draft = drafting.draft(body.inquiryId(), body.terms());
        commands.sendAndWait(draft);
        return Map.of("id", draft.engagementId());
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    EngagementView get(@PathVariable String id) {
        return store.get(EngagementProjection.COLLECTION, id, EngagementView.class)
                .orElseThrow(() -> new NotFoundException("engagement", id));
    }

    @PostMapping("/{id}/revision")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(LAWYERS)
    void revise(@PathVariable String id, @Valid @RequestBody TermsIn body) {
        EngagementView engagement = get(id);
        commands.sendAndWait(new ReviseEngagement(id,
                EngagementDrafting.terms(body, drafting.proposalOf(engagement.inquiryId))));
    }

    @PostMapping("/{id}/review")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(REVIEWERS)
    void review(@PathVariable String id, @Valid @RequestBody Review body, Authentication reviewer) {
        commands.sendAndWait(new ReviewEngagement(id, body.decision(), reviewer.getName(), body.comments()));
    }

    @PostMapping("/{id}/signature")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(LAWYERS)
    void sign(@PathVariable String id, @Valid @RequestBody Signature body) {
        signing.sign(new SignEngagement(id, body.side(), body.signatory(), body.signedOn()));
    }
}
