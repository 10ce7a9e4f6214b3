package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.ChecklistResult;
import com.lawfirm.events.matter.CorrectiveAction;
import com.lawfirm.matter.casefile.MatterCommands.CompleteCorrectiveAction;
import com.lawfirm.matter.casefile.MatterCommands.HoldCaseConference;
import com.lawfirm.matter.casefile.MatterCommands.RecordQualityReview;
import com.lawfirm.matter.casefile.MatterRequests.CompletionIn;
import com.lawfirm.matter.casefile.MatterRequests.ConferenceIn;
import com.lawfirm.matter.casefile.MatterRequests.QualityReviewIn;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Case conferences and quality reviews over HTTP. */
@RestController
@RequestMapping("/api/matters/{id}")
@PreAuthorize("hasAnyRole('LAWYER', 'PARTNER')")
class QualityController {

    private final CommandGateway commands;
    private final MatterAccess access;

    QualityController(CommandGateway commands, MatterAccess access) {
        this.commands = commands;
        this.access = access;
    }

    @PostMapping("/conferences")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> conference(@PathVariable String id, @Valid @RequestBody ConferenceIn body) {
        access.workable(id);
        String conferenceId = UUID.randomUUID().toString();
        commands.sendAndWait(new HoldCaseConference(id, conferenceId, body.heldOn(), body.attendees(), body.questions(),
                body.conclusions()));
        return Map.of("id", conferenceId);
    }

    /** A review by a partner on the team; its corrective actions get ids to be completed by. */
    @PostMapping("/quality-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PARTNER')")
    Map<String, Object> review(@PathVariable String id, @Valid @RequestBody QualityReviewIn body) {
        access.workable(id);
        String reviewId = UUID.randomUUID().toString();
        List<CorrectiveAction> actions = body.actions() == null ? List.of() : body.actions().stream()
                .map(a -> new CorrectiveAction(UUID.randomUUID().toString(), a.action().strip(), a.owner(), a.dueOn()))
                .toList();
        commands.sendAndWait(new RecordQualityReview(id, reviewId, body.kind(), access.login(),
                body.checklist() == null ? List.of() : body.checklist().stream()
                        .map(c -> new ChecklistResult(c.item(), c.passed(), c.note())).toList(),
                body.findings(), body.rating(), actions, body.reviewedOn()));
        return Map.of("id", reviewId, "actionIds", actions.stream().map(CorrectiveAction::actionId).toList());
    }

    @PostMapping("/quality-reviews/{reviewId}/actions/{actionId}/completion")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void completeAction(@PathVariable String id, @PathVariable String reviewId, @PathVariable String actionId,
                        @Valid @RequestBody CompletionIn body) {
        access.workable(id);
        commands.sendAndWait(new CompleteCorrectiveAction(id, reviewId, actionId, body.completedOn()));
    }
}
