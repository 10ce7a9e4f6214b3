package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.CaseConferenceHeld;
import com.lawfirm.events.matter.CorrectiveAction;
import com.lawfirm.events.matter.CorrectiveActionCompleted;
import com.lawfirm.events.matter.QualityReviewRecorded;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.matter.casefile.MatterCommands.CompleteCorrectiveAction;
import com.lawfirm.matter.casefile.MatterCommands.HoldCaseConference;
import com.lawfirm.matter.casefile.MatterCommands.RecordQualityReview;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Case conferences and quality reviews, and the corrective actions reviews leave open until done. */
class QualityFile {

    private final Set<String> conferences = new HashSet<>();
    /** "reviewId/actionId" to whether the action is done. */
    private final Map<String, Boolean> actions = new HashMap<>();
    private final Set<String> reviews = new HashSet<>();

    @CommandHandler
    void handle(HoldCaseConference command) {
        if (command.attendees() == null || command.attendees().isEmpty()) {
            throw new InvalidFieldException("attendees", "a case conference has attendees");
        }
        if (!conferences.contains(command.conferenceId())) {
            apply(new CaseConferenceHeld(command.matterId(), command.conferenceId(), command.heldOn(),
                    List.copyOf(command.attendees()), orEmpty(command.questions()), orEmpty(command.conclusions())));
        }
    }

    @CommandHandler
    void handle(RecordQualityReview command) {
        if (!reviews.contains(command.reviewId())) {
            apply(new QualityReviewRecorded(command.matterId(), command.reviewId(), command.kind(), command.reviewer(),
                    orEmpty(command.checklist()), command.findings(), command.rating(), orEmpty(command.actions()),
                    command.reviewedOn()));
        }
    }

    @CommandHandler
    void handle(CompleteCorrectiveAction command) {
        Boolean done = actions.get(command.reviewId() + "/" + command.actionId());
        if (done == null) {
            throw new RuleViolationException("corrective-action-unknown", "no corrective action " + command.actionId()
                    + " in review " + command.reviewId());
        }
        if (!done) {
            apply(new CorrectiveActionCompleted(command.matterId(), command.reviewId(), command.actionId(),
                    command.completedOn()));
        }
    }

    @EventSourcingHandler
    void on(CaseConferenceHeld event) {
        conferences.add(event.conferenceId());
    }

    @EventSourcingHandler
    void on(QualityReviewRecorded event) {
        reviews.add(event.reviewId());
        for (CorrectiveAction action : event.actions()) {
            actions.put(event.reviewId() + "/" + action.actionId(), false);
        }
    }

    @EventSourcingHandler
    void on(CorrectiveActionCompleted event) {
        actions.put(event.reviewId() + "/" + event.actionId(), true);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
