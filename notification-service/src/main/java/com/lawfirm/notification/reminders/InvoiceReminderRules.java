package com.lawfirm.notification.reminders;

import com.lawfirm.events.billing.CreditNoteIssued;
import com.lawfirm.events.billing.InvoiceDrafted;
import com.lawfirm.events.billing.InvoiceIssued;
import com.lawfirm.events.billing.InvoiceWrittenOff;
import com.lawfirm.events.billing.PaymentReceived;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.notification.reminders.MatterFacts.Invoice;
import com.lawfirm.notification.rules.Notifier;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Billing's invoices (from Kafka): an issued invoice still owed the day after it falls due is overdue (the rules
 * tell billing staff and the client); paying, crediting or writing off its balance cancels the reminder.
 */
@Component
@ProcessingGroup("billing-rules")
class InvoiceReminderRules {

    private final Reminders reminders;
    private final ReadModelStore store;

    InvoiceReminderRules(Reminders reminders, ReadModelStore store) {
        this.reminders = reminders;
        this.store = store;
    }

    @EventHandler
    void on(InvoiceDrafted e) {
        Invoice invoice = new Invoice();
        invoice.invoiceId = e.invoiceId();
        invoice.matterId = e.matterId();
        invoice.balance = e.gross();
        store.upsert(MatterFacts.INVOICES, e.invoiceId(), 1, invoice);
    }

    @EventHandler
    void on(InvoiceIssued e) {
        store.get(MatterFacts.INVOICES, e.invoiceId(), Invoice.class).ifPresent(invoice -> {
            reminders.schedule(overdue(e.invoiceId()), e.dueOn().plusDays(1), new Reminder(Notifier.INVOICE_OVERDUE,
                    Map.of("matterId", e.matterId(), "invoiceId", e.invoiceId(), "invoiceNumber", e.invoiceNumber(),
                            "dueOn", e.dueOn().toString())));
        });
    }

    @EventHandler
    void on(PaymentReceived e) {
        e.allocations().forEach(a -> reduce(a.invoiceId(), a.amount()));
    }

    @EventHandler
    void on(CreditNoteIssued e) {
        reduce(e.invoiceId(), e.amount());
    }

    @EventHandler
    void on(InvoiceWrittenOff e) {
        reduce(e.invoiceId(), e.amount());
    }

    private void reduce(String invoiceId, BigDecimal amount) {
        store.get(MatterFacts.INVOICES, invoiceId, Invoice.class).ifPresent(invoice -> {
            invoice.balance = invoice.balance.subtract(amount);
            save(invoice);
            if (invoice.balance.signum() <= 0) {
                reminders.cancel(overdue(invoiceId));
            }
        });
    }

    private void save(Invoice invoice) {
        store.put(MatterFacts.INVOICES, invoice.invoiceId, invoice);
    }

    static String overdue(String invoiceId) {
        return "invoice-overdue:" + invoiceId;
    }
}
