package com.lawfirm.billing.account;

import com.lawfirm.events.billing.CreditNoteIssued;
import com.lawfirm.events.billing.InvoiceApproved;
import com.lawfirm.events.billing.InvoiceDrafted;
import com.lawfirm.events.billing.InvoiceIssued;
import com.lawfirm.events.billing.InvoiceSent;
import com.lawfirm.events.billing.InvoiceWrittenOff;
import com.lawfirm.events.billing.PaymentAllocation;
import com.lawfirm.events.billing.PaymentReceived;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Keeps every invoice, one document each; receivables and their ageing are read from it. */
@Component
@ProcessingGroup("invoices")
class InvoiceProjection {

    static final String COLLECTION = "billing_invoices";

    private final ReadModelStore store;

    InvoiceProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(InvoiceDrafted e, @SequenceNumber long seq) {
        InvoiceView v = new InvoiceView();
        v.invoiceId = e.invoiceId();
        v.matterId = e.matterId();
        v.clientId = e.clientId();
        v.status = "DRAFT";
        v.lines.addAll(e.lines());
        v.currency = e.currency();
        v.net = e.net();
        v.vatRate = e.vatRate();
        v.vat = e.vat();
        v.gross = e.gross();
        v.balance = e.gross();
        v.draftedOn = e.draftedOn();
        store.upsert(COLLECTION, e.invoiceId(), seq, v);
    }

    @EventHandler
    void on(InvoiceApproved e, @SequenceNumber long seq) {
        change(e.invoiceId(), seq, v -> v.status = "APPROVED");
    }

    @EventHandler
    void on(InvoiceIssued e, @SequenceNumber long seq) {
        change(e.invoiceId(), seq, v -> {
            v.status = "ISSUED";
            v.invoiceNumber = e.invoiceNumber();
            v.issuedOn = e.issuedOn();
            v.dueOn = e.dueOn();
        });
    }

    @EventHandler
    void on(InvoiceSent e, @SequenceNumber long seq) {
        change(e.invoiceId(), seq, v -> {
            v.sentOn = e.sentOn();
            v.sentVia = e.via();
            v.timesSent++;
        });
    }

    @EventHandler
    void on(PaymentReceived e, @SequenceNumber long seq) {
        // one change per invoice: a second change at the same sequence would be ignored as already applied
        e.allocations().stream().collect(Collectors.groupingBy(PaymentAllocation::invoiceId,
                        Collectors.reducing(BigDecimal.ZERO, PaymentAllocation::amount, BigDecimal::add)))
                .forEach((invoiceId, amount) -> change(invoiceId, seq, v -> {
                    v.paid = v.paid.add(amount);
                    v.reduce(amount);
                }));
    }

    @EventHandler
    void on(CreditNoteIssued e, @SequenceNumber long seq) {
        change(e.invoiceId(), seq, v -> {
            v.credited = v.credited.add(e.amount());
            v.reduce(e.amount());
        });
    }

    @EventHandler
    void on(InvoiceWrittenOff e, @SequenceNumber long seq) {
        change(e.invoiceId(), seq, v -> {
            v.writtenOff = v.writtenOff.add(e.amount());
            v.reduce(e.amount());
        });
    }

    private void change(String invoiceId, long seq, Consumer<InvoiceView> change) {
        store.change(COLLECTION, invoiceId, seq, InvoiceView.class, change);
    }
}
