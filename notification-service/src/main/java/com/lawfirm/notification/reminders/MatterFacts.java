package com.lawfirm.notification.reminders;

import com.lawfirm.events.matter.ReportCadence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the reminder rules remember of a matter and of an invoice, to address and to cancel reminders. */
final class MatterFacts {

    private MatterFacts() {
    }

    static final String MATTERS = "reminder_matters";
    static final String INVOICES = "reminder_invoices";

    /** A matter's current plan items and reporting cadence, to replace and cancel their reminders. */
    public static class Matter {
        public String matterId;
        public List<String> planItemIds = new ArrayList<>();
        public ReportCadence cadence;
        public int everyDays;
        public LocalDate nextReportDue;
    }

    /** An invoice's matter and what is still owed on it. */
    public static class Invoice {
        public String invoiceId;
        public String matterId;
        public BigDecimal balance;
    }
}
