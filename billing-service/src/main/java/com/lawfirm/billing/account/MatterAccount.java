package com.lawfirm.billing.account;

import com.lawfirm.billing.account.AccountCommands.DraftInvoice;
import com.lawfirm.billing.account.AccountCommands.OpenAccount;
import com.lawfirm.billing.account.AccountCommands.SettleFees;
import com.lawfirm.events.billing.InvoiceDrafted;
import com.lawfirm.events.billing.InvoiceLine;
import com.lawfirm.events.billing.MatterAccountOpened;
import com.lawfirm.events.billing.MatterFeesSettled;
import com.lawfirm.kit.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A matter's account with the firm: its work, invoices, payments and retainer in one consistency boundary, so nothing
 * is billed twice, no payment exceeds what is owed, and settlement is decided on the whole picture. Once settled the
 * account takes no new charges.
 */
@Aggregate
class MatterAccount {

    @AggregateIdentifier
    private String matterId;
    private String clientId;
    private String currency;
    private boolean settled;
    /** The agreed fees already on an invoice, by key. */
    private final Set<String> billedFees = new HashSet<>();
    @AggregateMember
    private final WorkRecord work = new WorkRecord();
    @AggregateMember
    private final Receivables invoices = new Receivables();

    MatterAccount() {
    }

    @CommandHandler
    MatterAccount(OpenAccount command) {
        apply(new MatterAccountOpened(command.matterId(), command.matterNumber(), command.engagementId(),
                command.clientId(), command.clientName(), command.currency()));
    }

    @CommandHandlerInterceptor
    Object refuseAfterSettlement(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (settled && !(command.getPayload() instanceof SettleFees)) {
            throw new RuleViolationException("fees-settled", "the matter's fees are settled; the account is closed");
        }
        return chain.proceed();
    }

    /** Settled means: no billable work left unbilled, no invoice left unissued, nothing owed on any issued invoice. */
    @CommandHandler
    void handle(SettleFees command) {
        if (settled) {
            return;
        }
        List<String> open = new ArrayList<>();
        open.addAll(work.unbilled());
        open.addAll(invoices.unsettled());
        if (!open.isEmpty()) {
            throw new RuleViolationException("fees-outstanding", "the fees are not settled: " + String.join("; ", open));
        }
        apply(new MatterFeesSettled(matterId, command.settledOn()));
    }

    /** Bills a fixed amount, an agreed fee once, or every approved, unbilled, billable item of work. */
    @CommandHandler
    void handle(DraftInvoice command) {
        if (invoices.exists(command.invoiceId())) {
            return;
        }
        if (command.feeKey() != null && billedFees.contains(command.feeKey())) {
            throw new RuleViolationException("fee-already-billed", command.feeKey() + " is already on an invoice of this matter");
        }
        List<InvoiceLine> lines = command.feeKey() != null
                ? command.feeLines().stream().map(l -> new InvoiceLine(command.feeKey(), l.description(), Money.of(l.amount()))).toList()
                : command.fixedAmount() != null
                ? List.of(new InvoiceLine(null, command.description(), Money.of(command.fixedAmount())))
                : work.billableLines();
        if (lines.isEmpty()) {
            throw new RuleViolationException("nothing-to-bill", "no approved, unbilled, billable work on the matter");
        }
        BigDecimal net = lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal vat = Money.percentOf(net, command.vatRate());
        apply(new InvoiceDrafted(matterId, command.invoiceId(), clientId, lines, net, command.vatRate(), vat,
                net.add(vat), currency, command.draftedBy(), command.draftedOn()));
    }

    @EventSourcingHandler
    void on(MatterAccountOpened event) {
        matterId = event.matterId();
        clientId = event.clientId();
        currency = event.currency();
    }

    @EventSourcingHandler
    void on(InvoiceDrafted event) {
        event.lines().stream().map(InvoiceLine::itemId).filter(AgreedFeeKeys::isAgreedFee).forEach(billedFees::add);
    }

    @EventSourcingHandler
    void on(MatterFeesSettled event) {
        settled = true;
    }
}
