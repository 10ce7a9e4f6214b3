package com.lawfirm.conflict.check;

import com.lawfirm.conflict.check.CheckCommands.CompleteConflictCheck;
import com.lawfirm.conflict.check.CheckCommands.RecordWaiver;
import com.lawfirm.conflict.check.CheckCommands.ReviewConflictCheck;
import com.lawfirm.events.conflict.AbsoluteConflict;
import com.lawfirm.events.conflict.ConflictAssessment;
import com.lawfirm.events.conflict.ConflictCheckCleared;
import com.lawfirm.events.conflict.ConflictCheckCompleted;
import com.lawfirm.events.conflict.ConflictCheckDeclined;
import com.lawfirm.events.conflict.ConflictCheckReviewed;
import com.lawfirm.events.conflict.FrozenHit;
import com.lawfirm.events.conflict.Waiver;
import com.lawfirm.events.conflict.WaiverRecorded;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.text.Names;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One conflict check (利益冲突检索) and its decision. The hits it was decided on are frozen in its history; the
 * analyst clears it, asks for written waivers, or declines it for an absolute conflict, and the final outcome goes
 * back to the inquiry.
 */
@Aggregate
class ConflictCheck {

    private enum Status { COMPLETED, WAIVERS_PENDING, CLEARED, DECLINED }

    @AggregateIdentifier
    private String checkId;
    private String inquiryId;
    private int hits;
    /** The search as it was run, kept whole: a replay of the decision shows what the analyst saw, not today's index. */
    private List<CheckedParty> query;
    private String matcherVersion;
    private Map<String, Long> indexPositions;
    private List<FrozenHit> frozenHits;
    private List<AbsoluteConflict> absoluteConflicts = List.of();
    private Status status;
    private final Map<String, String> waiversRequired = new LinkedHashMap<>();
    private final Map<String, Waiver> waivers = new LinkedHashMap<>();

    ConflictCheck() {
    }

    @CommandHandler
    ConflictCheck(CompleteConflictCheck command) {
        apply(new ConflictCheckCompleted(command.checkId(), command.inquiryId(), command.purpose(), command.parties(),
                command.matcherVersion(), command.indexPositions(), command.hits(),
                command.absoluteConflicts() == null ? List.of() : command.absoluteConflicts()));
    }

    @CommandHandler
    void handle(ReviewConflictCheck command) {
        if (status != Status.COMPLETED) {
            throw new RuleViolationException("check-already-decided", "this conflict check has already been decided");
        }
        if (command.assessment() == null) {
            throw new InvalidFieldException("assessment", "must be CLEAR, WAIVER_REQUIRED or ABSOLUTE");
        }
        boolean noReasons = command.reasoning() == null || command.reasoning().isBlank();
        if (noReasons && (hits > 0 || command.assessment() != ConflictAssessment.CLEAR)) {
            throw new InvalidFieldException("reasoning", "a decision on a check with hits, or against clearing, gives its reasons");
        }
        if (!absoluteConflicts.isEmpty() && command.assessment() != ConflictAssessment.ABSOLUTE) {
            AbsoluteConflict first = absoluteConflicts.get(0);
            throw new RuleViolationException("absolute-conflict", "no consent cures this conflict: %s (%s) on %s"
                    .formatted(first.description(), first.article(), first.matterRef()));
        }
        List<String> from = command.waiversRequiredFrom() == null ? List.of() : command.waiversRequiredFrom();
        if (command.assessment() == ConflictAssessment.WAIVER_REQUIRED && from.isEmpty()) {
            throw new InvalidFieldException("waiversRequiredFrom", "name the parties whose written consent is needed");
        }
        apply(new ConflictCheckReviewed(checkId, command.assessment(), command.analyst(), command.reasoning(),
                command.assessment() == ConflictAssessment.WAIVER_REQUIRED ? List.copyOf(from) : List.of()));
        if (command.assessment() == ConflictAssessment.CLEAR) {
            apply(new ConflictCheckCleared(checkId, inquiryId, List.of()));
        } else if (command.assessment() == ConflictAssessment.ABSOLUTE) {
            apply(new ConflictCheckDeclined(checkId, inquiryId, command.reasoning()));
        }
    }

    @CommandHandler
    void handle(RecordWaiver command) {
        if (status != Status.WAIVERS_PENDING) {
            throw new RuleViolationException("no-waiver-pending", "this check does not wait for waivers");
        }
        Waiver waiver = command.waiver();
        String key = Names.normalize(waiver.partyName());
        if (!waiversRequired.containsKey(key)) {
            throw new InvalidFieldException("partyName", "no waiver was asked of this party; asked of " + waiversRequired.values());
        }
        if (waiver.ethicalWall() && (waiver.screenedStaff() == null || waiver.screenedStaff().isEmpty())) {
            throw new InvalidFieldException("screenedStaff", "an ethical wall names the staff it screens");
        }
        apply(new WaiverRecorded(checkId, waiver));
        if (waivers.keySet().containsAll(waiversRequired.keySet())) {
            apply(new ConflictCheckCleared(checkId, inquiryId, new ArrayList<>(waivers.values())));
        }
    }

    @EventSourcingHandler
    void on(ConflictCheckCompleted event) {
        checkId = event.checkId();
        inquiryId = event.inquiryId();
        hits = event.hits().size();
        query = event.parties();
        matcherVersion = event.matcherVersion();
        indexPositions = event.indexPositions();
        frozenHits = event.hits();
        absoluteConflicts = event.absoluteConflicts() == null ? List.of() : event.absoluteConflicts();
        status = Status.COMPLETED;
    }

    @EventSourcingHandler
    void on(ConflictCheckReviewed event) {
        if (event.assessment() == ConflictAssessment.WAIVER_REQUIRED) {
            status = Status.WAIVERS_PENDING;
            event.waiversRequiredFrom().forEach(p -> waiversRequired.put(Names.normalize(p), p));
        }
    }

    @EventSourcingHandler
    void on(WaiverRecorded event) {
        waivers.put(Names.normalize(event.waiver().partyName()), event.waiver());
    }

    @EventSourcingHandler
    void on(ConflictCheckCleared event) {
        status = Status.CLEARED;
    }

    @EventSourcingHandler
    void on(ConflictCheckDeclined event) {
        status = Status.DECLINED;
    }
}
