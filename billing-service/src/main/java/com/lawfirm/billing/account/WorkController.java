package com.lawfirm.billing.account;

import com.lawfirm.billing.account.AccountCommands.ApproveWork;
import com.lawfirm.billing.account.AccountCommands.RecordExpense;
import com.lawfirm.billing.account.AccountCommands.RecordTime;
import com.lawfirm.billing.account.BillingRequests.ExpenseIn;
import com.lawfirm.billing.agreement.AgreedFees;
import com.lawfirm.billing.account.BillingRequests.TimeIn;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Time entries and expenses over HTTP, their approval, and a matter's work in progress. */
@RestController
class WorkController {

    public record WorkInProgress(String matterId, BigDecimal awaitingApproval, BigDecimal approvedUnbilled,
                                 BigDecimal total, List<WorkItemView> items) {
    }

    private final CommandGateway commands;
    private final AccountAccess access;
    private final ReadModelStore store;
    private final Accounts accounts;
    private final AgreedFees agreedFees;
    private final RateCard rates;
    private final Clock clock;

    WorkController(CommandGateway commands, AccountAccess access, ReadModelStore store, Accounts accounts,
                   AgreedFees agreedFees, RateCard rates, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.agreedFees = agreedFees;
        this.rates = rates;
        this.commands = commands;
        this.access = access;
        this.store = store;
    }

    @PostMapping("/api/time-entries")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER')")
    Map<String, String> recordTime(@Valid @RequestBody TimeIn body) {
        access.requireMember(body.matterId());
        RateCard.Rate rate = rates.rate(access.login(), body.rate(),
                accounts.engagementOf(body.matterId()).flatMap(agreedFees::of));
        String entryId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordTime(body.matterId(), entryId, access.login(), body.workDate(), body.minutes(),
                body.activity().strip(), body.narrative(), !Boolean.FALSE.equals(body.billable()), rate.hourly(), rate.cap()));
        return Map.of("id", entryId, "rate", rate.hourly().toPlainString(), "rateFrom", rate.source());
    }

    @PostMapping("/api/expenses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER')")
    Map<String, String> recordExpense(@Valid @RequestBody ExpenseIn body) {
        access.requireMember(body.matterId());
        String expenseId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordExpense(body.matterId(), expenseId, body.category().strip(), body.amount(),
                body.receiptReference(), body.incurredOn(), !Boolean.FALSE.equals(body.billable()), access.login()));
        return Map.of("id", expenseId);
    }

    @PostMapping({"/api/time-entries/{id}/approval", "/api/expenses/{id}/approval"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER')")
    void approve(@PathVariable String id) {
        WorkItemView item = store.get(WorkItemProjection.COLLECTION, id, WorkItemView.class)
                .orElseThrow(() -> new NotFoundException("work item", id));
        access.requireApprover(item.matterId);
        commands.sendAndWait(new ApproveWork(item.matterId, id, access.login(), LocalDate.now(clock)));
    }

    /** Billable work not yet on an invoice: awaiting approval, and approved but unbilled. */
    @GetMapping("/api/matters/{matterId}/wip")
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER', 'BILLING', 'AUDITOR', 'ADMIN')")
    WorkInProgress workInProgress(@PathVariable String matterId) {
        access.requireReadable(matterId);
        List<WorkItemView> items = store.find(WorkItemProjection.COLLECTION, ReadModelQuery.all().eq("matterId", matterId)
                .eq("billed", false).eq("billable", true).sortAscending("date").page(0, ReadModelQuery.MAX_PAGE_SIZE),
                WorkItemView.class).items();
        BigDecimal awaiting = sum(items, "RECORDED");
        BigDecimal approved = sum(items, "APPROVED");
        return new WorkInProgress(matterId, awaiting, approved, awaiting.add(approved), items);
    }

    private static BigDecimal sum(List<WorkItemView> items, String stage) {
        return items.stream().filter(i -> stage.equals(i.stage)).map(i -> i.amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
