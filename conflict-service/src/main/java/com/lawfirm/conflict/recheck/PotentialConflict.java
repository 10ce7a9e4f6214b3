package com.lawfirm.conflict.recheck;

import com.lawfirm.conflict.recheck.RecheckCommands.RecordPotentialConflict;
import com.lawfirm.conflict.recheck.RecheckCommands.ReviewPotentialConflict;
import com.lawfirm.events.conflict.PotentialConflictDiscovered;
import com.lawfirm.events.conflict.PotentialConflictReviewed;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A potential conflict a re-check found (复查发现的潜在冲突), awaiting a conflicts analyst's review. Its identity is a
 * hash of what it connects, so the same connection is recorded once however often it is found.
 */
@Aggregate
class PotentialConflict {

    @AggregateIdentifier
    private String discoveryId;
    private boolean reviewed;

    PotentialConflict() {
    }

    @CommandHandler
    PotentialConflict(RecordPotentialConflict command) {
        apply(new PotentialConflictDiscovered(command.discoveryId(), command.trigger(), command.description(),
                command.subjectName(), command.subjectId(), command.staffId(), command.matters(), command.path()));
    }

    @CommandHandler
    void handle(ReviewPotentialConflict command) {
        if (reviewed) {
            throw new RuleViolationException("already-reviewed", "this potential conflict has already been reviewed");
        }
        if (command.conclusion() == null) {
            throw new InvalidFieldException("conclusion", "must be NO_CONFLICT or CONFLICT");
        }
        if (command.reasoning() == null || command.reasoning().isBlank()) {
            throw new InvalidFieldException("reasoning", "a review gives its reasons");
        }
        apply(new PotentialConflictReviewed(discoveryId, command.analyst(), command.conclusion(), command.reasoning()));
    }

    @EventSourcingHandler
    void on(PotentialConflictDiscovered event) {
        discoveryId = event.discoveryId();
    }

    @EventSourcingHandler
    void on(PotentialConflictReviewed event) {
        reviewed = true;
    }
}
