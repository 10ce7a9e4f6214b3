package com.lawfirm.billing.account;

import com.lawfirm.events.billing.InvoiceLine;
import com.lawfirm.events.billing.PaymentAllocation;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Commands of a matter's account: its work, invoices, payments, retainer and settlement. */
final class AccountCommands {

    private AccountCommands() {
    }

    record OpenAccount(String matterId, String matterNumber, String engagementId, String clientId, String clientName,
                       String currency) {
    }

    /** With a cap, the matter's billable time is billed up to it and no further (the agreed 封顶). */
    record RecordTime(@TargetAggregateIdentifier String matterId, String entryId, String lawyer, LocalDate workDate,
                      int minutes, String activity, String narrative, boolean billable, BigDecimal rate, BigDecimal cap) {
    }

    record RecordExpense(@TargetAggregateIdentifier String matterId, String expenseId, String category,
                         BigDecimal amount, String receiptReference, LocalDate incurredOn, boolean billable,
                         String recordedBy) {
    }

    record ApproveWork(@TargetAggregateIdentifier String matterId, String itemId, String approvedBy,
                       LocalDate approvedOn) {
    }

    /**
     * Without a fixed amount or agreed fee, the invoice bills all approved, unbilled, billable work. An agreed fee (a
     * milestone, the fixed fee, the percentage of the amount in dispute, the contingency fee) is billed once: its key
     * names it ({@code milestone:一审判决}, {@code fee:CONTINGENCY}) on its lines.
     */
    record DraftInvoice(@TargetAggregateIdentifier String matterId, String invoiceId, BigDecimal fixedAmount,
                        String description, String feeKey, List<InvoiceLine> feeLines, BigDecimal vatRate,
                        String draftedBy, LocalDate draftedOn) {
    }

    record ApproveInvoice(@TargetAggregateIdentifier String matterId, String invoiceId, String approvedBy,
                          LocalDate approvedOn) {
    }

    record IssueInvoice(@TargetAggregateIdentifier String matterId, String invoiceId, String invoiceNumber,
                        LocalDate issuedOn, LocalDate dueOn) {
    }

    record SendInvoice(@TargetAggregateIdentifier String matterId, String invoiceId, String via, String sentTo,
                       String sentBy, LocalDate sentOn) {
    }

    record ReceivePayment(@TargetAggregateIdentifier String matterId, String paymentId,
                          List<PaymentAllocation> allocations, LocalDate receivedOn, String reference,
                          boolean fromRetainer) {
    }

    record IssueCreditNote(@TargetAggregateIdentifier String matterId, String creditNoteId, String invoiceId,
                           BigDecimal amount, String reason, LocalDate issuedOn) {
    }

    record WriteOff(@TargetAggregateIdentifier String matterId, String invoiceId, BigDecimal amount, String reason,
                    String approvedBy, LocalDate writtenOffOn) {
    }

    record ReceiveRetainer(@TargetAggregateIdentifier String matterId, String retainerId, BigDecimal amount,
                           LocalDate receivedOn, String reference) {
    }

    record SettleFees(@TargetAggregateIdentifier String matterId, LocalDate settledOn) {
    }
}
