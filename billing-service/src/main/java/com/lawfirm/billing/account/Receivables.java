package com.lawfirm.billing.account;

import com.lawfirm.billing.account.AccountCommands.ApproveInvoice;
import com.lawfirm.billing.account.AccountCommands.IssueCreditNote;
import com.lawfirm.billing.account.AccountCommands.IssueInvoice;
import com.lawfirm.billing.account.AccountCommands.ReceivePayment;
import com.lawfirm.billing.account.AccountCommands.ReceiveRetainer;
import com.lawfirm.billing.account.AccountCommands.SendInvoice;
import com.lawfirm.billing.account.AccountCommands.WriteOff;
import com.lawfirm.events.billing.CreditNoteIssued;
import com.lawfirm.events.billing.InvoiceApproved;
import com.lawfirm.events.billing.InvoiceDrafted;
import com.lawfirm.events.billing.InvoiceIssued;
import com.lawfirm.events.billing.InvoiceSent;
import com.lawfirm.events.billing.InvoiceWrittenOff;
import com.lawfirm.events.billing.PaymentAllocation;
import com.lawfirm.events.billing.PaymentReceived;
import com.lawfirm.events.billing.RetainerReceived;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What the client owes and has paid: invoices from draft to issue, payments allocated to them, credit notes,
 * write-offs, and the retainer paid in advance. An invoice's balance never goes below zero.
 */
class Receivables {

    private enum Status { DRAFT, APPROVED, ISSUED }

    private record Invoice(Status status, String number, BigDecimal balance) {
    }

    private final Map<String, Invoice> invoices = new LinkedHashMap<>();
    private final Set<String> receipts = new HashSet<>();
    private BigDecimal retainer = Money.ZERO;

    boolean exists(String invoiceId) {
        return invoices.containsKey(invoiceId);
    }

    @CommandHandler
    void handle(ApproveInvoice command) {
        if (require(command.invoiceId()).status() == Status.DRAFT) {
            apply(new InvoiceApproved(command.matterId(), command.invoiceId(), command.approvedBy(), command.approvedOn()));
        }
    }

    /** Refused rather than ignored when already issued, so that the number taken for it is given back. */
    @CommandHandler
    void handle(IssueInvoice command) {
        Invoice invoice = require(command.invoiceId());
        if (invoice.status() != Status.APPROVED) {
            throw new RuleViolationException("invoice-" + (invoice.status() == Status.DRAFT ? "not-approved" : "issued"),
                    "only an approved invoice not yet issued can be issued");
        }
        apply(new InvoiceIssued(command.matterId(), command.invoiceId(), command.invoiceNumber(), command.issuedOn(),
                command.dueOn()));
    }

    /** Only an issued invoice goes to the client: a draft has no number and may still change. */
    @CommandHandler
    void handle(SendInvoice command) {
        if (require(command.invoiceId()).status() != Status.ISSUED) {
            throw new RuleViolationException("invoice-not-issued", "only an issued invoice can be sent to the client");
        }
        apply(new InvoiceSent(command.matterId(), command.invoiceId(), command.via(), command.sentTo(), command.sentBy(),
                command.sentOn()));
    }

    @CommandHandler
    void handle(ReceivePayment command) {
        if (receipts.contains(command.paymentId())) {
            return;
        }
        Map<String, BigDecimal> applied = new HashMap<>();
        BigDecimal total = Money.ZERO;
        for (PaymentAllocation allocation : command.allocations()) {
            if (!Money.positive(allocation.amount())) {
                throw new InvalidFieldException("allocations", "each allocation must be more than zero");
            }
            BigDecimal amount = Money.of(allocation.amount());
            BigDecimal sum = applied.merge(allocation.invoiceId(), amount, BigDecimal::add);
            requireOwing(allocation.invoiceId(), sum);
            total = total.add(amount);
        }
        if (command.fromRetainer() && retainer.compareTo(total) < 0) {
            throw new RuleViolationException("retainer-insufficient", "the retainer holds " + retainer + ", not " + total);
        }
        apply(new PaymentReceived(command.matterId(), command.paymentId(), command.allocations().stream()
                .map(a -> new PaymentAllocation(a.invoiceId(), Money.of(a.amount()))).toList(), total,
                command.receivedOn(), command.reference(), command.fromRetainer()));
    }

    @CommandHandler
    void handle(IssueCreditNote command) {
        if (!receipts.contains(command.creditNoteId())) {
            requireOwing(command.invoiceId(), requirePositive(command.amount()));
            apply(new CreditNoteIssued(command.matterId(), command.creditNoteId(), command.invoiceId(),
                    Money.of(command.amount()), command.reason(), command.issuedOn()));
        }
    }

    @CommandHandler
    void handle(WriteOff command) {
        requireOwing(command.invoiceId(), requirePositive(command.amount()));
        apply(new InvoiceWrittenOff(command.matterId(), command.invoiceId(), Money.of(command.amount()), command.reason(),
                command.approvedBy(), command.writtenOffOn()));
    }

    @CommandHandler
    void handle(ReceiveRetainer command) {
        if (!receipts.contains(command.retainerId())) {
            apply(new RetainerReceived(command.matterId(), command.retainerId(), Money.of(requirePositive(command.amount())),
                    command.receivedOn(), command.reference()));
        }
    }

    /** What keeps the account from being settled. */
    List<String> unsettled() {
        return invoices.entrySet().stream().filter(e -> e.getValue().status() != Status.ISSUED
                        || e.getValue().balance().signum() > 0)
                .map(e -> e.getValue().status() == Status.ISSUED
                        ? "invoice " + e.getValue().number() + " has " + e.getValue().balance() + " outstanding"
                        : "invoice " + e.getKey() + " is " + e.getValue().status().name().toLowerCase() + ", not issued")
                .toList();
    }

    @EventSourcingHandler
    void on(InvoiceDrafted event) {
        invoices.put(event.invoiceId(), new Invoice(Status.DRAFT, null, event.gross()));
    }

    @EventSourcingHandler
    void on(InvoiceApproved event) {
        invoices.computeIfPresent(event.invoiceId(), (id, i) -> new Invoice(Status.APPROVED, null, i.balance()));
    }

    @EventSourcingHandler
    void on(InvoiceIssued event) {
        invoices.computeIfPresent(event.invoiceId(), (id, i) -> new Invoice(Status.ISSUED, event.invoiceNumber(), i.balance()));
    }

    @EventSourcingHandler
    void on(PaymentReceived event) {
        receipts.add(event.paymentId());
        event.allocations().forEach(a -> reduce(a.invoiceId(), a.amount()));
        if (event.fromRetainer()) {
            retainer = retainer.subtract(event.total());
        }
    }

    @EventSourcingHandler
    void on(CreditNoteIssued event) {
        receipts.add(event.creditNoteId());
        reduce(event.invoiceId(), event.amount());
    }

    @EventSourcingHandler
    void on(InvoiceWrittenOff event) {
        reduce(event.invoiceId(), event.amount());
    }

    @EventSourcingHandler
    void on(RetainerReceived event) {
        receipts.add(event.retainerId());
        retainer = retainer.add(event.amount());
    }

    private void reduce(String invoiceId, BigDecimal amount) {
        invoices.computeIfPresent(invoiceId, (id, i) -> new Invoice(i.status(), i.number(), i.balance().subtract(amount)));
    }

    private Invoice require(String invoiceId) {
        Invoice invoice = invoices.get(invoiceId);
        if (invoice == null) {
            throw new RuleViolationException("invoice-unknown", "no invoice " + invoiceId + " on this matter");
        }
        return invoice;
    }

    private void requireOwing(String invoiceId, BigDecimal amount) {
        Invoice invoice = require(invoiceId);
        if (invoice.status() != Status.ISSUED) {
            throw new RuleViolationException("invoice-not-issued", "invoice " + invoiceId + " is not issued");
        }
        if (invoice.balance().compareTo(Money.of(amount)) < 0) {
            throw new RuleViolationException("exceeds-balance", "invoice " + invoice.number() + " has only "
                    + invoice.balance() + " outstanding");
        }
    }

    private static BigDecimal requirePositive(BigDecimal amount) {
        if (!Money.positive(amount)) {
            throw new InvalidFieldException("amount", "must be more than zero");
        }
        return amount;
    }
}
