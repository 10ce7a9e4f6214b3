package com.lawfirm.billing.account;

import com.lawfirm.billing.account.AccountCommands.ApproveWork;
import com.lawfirm.billing.account.AccountCommands.RecordExpense;
import com.lawfirm.billing.account.AccountCommands.RecordTime;
import com.lawfirm.events.billing.ExpenseRecorded;
import com.lawfirm.events.billing.InvoiceDrafted;
import com.lawfirm.events.billing.InvoiceLine;
import com.lawfirm.events.billing.TimeRecorded;
import com.lawfirm.events.billing.WorkApproved;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Time entries and expenses: recorded, approved by the responsible lawyer, then billed once. */
class WorkRecord {

    /** Time is recorded in units of six minutes (0.1 hour), any part of a unit counting as a whole one. */
    static final int MINUTES_PER_UNIT = 6;

    private enum Stage { RECORDED, APPROVED, BILLED }

    private record Item(String description, BigDecimal amount, boolean billable, Stage stage) {

        Item at(Stage next) {
            return new Item(description, amount, billable, next);
        }
    }

    private final Map<String, Item> items = new LinkedHashMap<>();
    private BigDecimal billableTime = Money.ZERO;

    @CommandHandler
    void handle(RecordTime command) {
        if (command.minutes() < 1) {
            throw new InvalidFieldException("minutes", "must be at least one minute");
        }
        if (command.rate() == null || command.rate().signum() < 0) {
            throw new InvalidFieldException("rate", "must be zero or more");
        }
        if (!items.containsKey(command.entryId())) {
            int units = (command.minutes() + MINUTES_PER_UNIT - 1) / MINUTES_PER_UNIT;
            BigDecimal amount = Money.forUnits(units, command.rate());
            if (command.billable() && command.cap() != null) {
                // the hours are all recorded; what they bill stops at the cap
                amount = amount.min(Money.of(command.cap()).subtract(billableTime).max(Money.ZERO));
            }
            apply(new TimeRecorded(command.matterId(), command.entryId(), command.lawyer(), command.workDate(), units,
                    command.activity(), command.narrative(), command.billable(), Money.of(command.rate()), amount));
        }
    }

    @CommandHandler
    void handle(RecordExpense command) {
        if (!Money.positive(command.amount())) {
            throw new InvalidFieldException("amount", "must be more than zero");
        }
        if (!items.containsKey(command.expenseId())) {
            apply(new ExpenseRecorded(command.matterId(), command.expenseId(), command.category(),
                    Money.of(command.amount()), command.receiptReference(), command.incurredOn(), command.billable(),
                    command.recordedBy()));
        }
    }

    @CommandHandler
    void handle(ApproveWork command) {
        Item item = items.get(command.itemId());
        if (item == null) {
            throw new RuleViolationException("work-unknown", "no time entry or expense " + command.itemId()
                    + " on this matter");
        }
        if (item.stage() == Stage.RECORDED) {
            apply(new WorkApproved(command.matterId(), command.itemId(), command.approvedBy(), command.approvedOn()));
        }
    }

    List<InvoiceLine> billableLines() {
        return items.entrySet().stream()
                .filter(e -> e.getValue().billable() && e.getValue().stage() == Stage.APPROVED)
                .map(e -> new InvoiceLine(e.getKey(), e.getValue().description(), e.getValue().amount())).toList();
    }

    /** What billable work keeps the account from being settled. */
    List<String> unbilled() {
        long count = items.values().stream().filter(i -> i.billable() && i.stage() != Stage.BILLED).count();
        return count == 0 ? List.of() : List.of(count + " billable item(s) of work not yet billed");
    }

    @EventSourcingHandler
    void on(TimeRecorded event) {
        String description = "%s %s %.1fh %s".formatted(event.workDate(), event.lawyer(), event.units() / 10.0,
                event.activity());
        items.put(event.entryId(), new Item(description, event.amount(), event.billable(), Stage.RECORDED));
        if (event.billable()) {
            billableTime = billableTime.add(event.amount());
        }
    }

    @EventSourcingHandler
    void on(ExpenseRecorded event) {
        String description = "%s %s %s".formatted(event.incurredOn(), event.category(), event.receiptReference());
        items.put(event.expenseId(), new Item(description, event.amount(), event.billable(), Stage.RECORDED));
    }

    @EventSourcingHandler
    void on(WorkApproved event) {
        items.computeIfPresent(event.itemId(), (id, item) -> item.at(Stage.APPROVED));
    }

    @EventSourcingHandler
    void on(InvoiceDrafted event) {
        event.lines().stream().filter(line -> line.itemId() != null)
                .forEach(line -> items.computeIfPresent(line.itemId(), (id, item) -> item.at(Stage.BILLED)));
    }
}
