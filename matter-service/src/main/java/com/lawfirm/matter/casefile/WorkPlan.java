package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.PlanItem;
import com.lawfirm.events.matter.PlanItemCompleted;
import com.lawfirm.events.matter.WorkPlanConfirmed;
import com.lawfirm.events.matter.WorkPlanDrafted;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.matter.casefile.MatterCommands.CompletePlanItem;
import com.lawfirm.matter.casefile.MatterCommands.ConfirmWorkPlan;
import com.lawfirm.matter.casefile.MatterCommands.DraftWorkPlan;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The matter's work plan. Every change is a new version, and only the version the client confirmed counts as agreed:
 * a change after confirmation leaves the plan unconfirmed until the client confirms again.
 */
class WorkPlan {

    private int version;
    private int confirmedVersion;
    private Set<String> itemIds = Set.of();
    private final Set<String> completed = new HashSet<>();

    @CommandHandler
    void handle(DraftWorkPlan command) {
        List<PlanItem> items = command.items();
        if (items == null || items.isEmpty()) {
            throw new InvalidFieldException("items", "a work plan needs at least one task or milestone");
        }
        if (items.stream().map(PlanItem::itemId).distinct().count() != items.size()) {
            throw new InvalidFieldException("items", "each task or milestone needs its own id");
        }
        apply(new WorkPlanDrafted(command.matterId(), version + 1, List.copyOf(items), command.draftedBy(),
                command.draftedOn()));
    }

    @CommandHandler
    void handle(ConfirmWorkPlan command) {
        if (version == 0) {
            throw new RuleViolationException("no-work-plan", "the matter has no work plan to confirm");
        }
        if (command.version() != version) {
            throw new RuleViolationException("work-plan-changed", "version " + command.version()
                    + " is not the current plan; the client must confirm version " + version);
        }
        if (confirmedVersion != version) {
            apply(new WorkPlanConfirmed(command.matterId(), version, command.confirmedBy(), command.channel(),
                    command.evidenceReference(), command.confirmedOn()));
        }
    }

    @CommandHandler
    void handle(CompletePlanItem command) {
        if (!itemIds.contains(command.itemId())) {
            throw new RuleViolationException("plan-item-unknown", "the current work plan has no item " + command.itemId());
        }
        if (!completed.contains(command.itemId())) {
            apply(new PlanItemCompleted(command.matterId(), command.itemId(), command.completedOn()));
        }
    }

    @EventSourcingHandler
    void on(WorkPlanDrafted event) {
        version = event.version();
        itemIds = Set.copyOf(event.items().stream().map(PlanItem::itemId).toList());
    }

    @EventSourcingHandler
    void on(WorkPlanConfirmed event) {
        confirmedVersion = event.version();
    }

    @EventSourcingHandler
    void on(PlanItemCompleted event) {
        completed.add(event.itemId());
    }
}
