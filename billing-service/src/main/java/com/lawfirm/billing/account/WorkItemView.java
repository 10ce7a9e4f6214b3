package com.lawfirm.billing.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A time entry or expense as billing staff see it: RECORDED, APPROVED, then BILLED on an invoice. */
public class WorkItemView {

    public String itemId;
    public String matterId;
    /** TIME or EXPENSE. */
    public String kind;
    public String lawyer;
    public LocalDate date;
    public int units;
    public String description;
    public boolean billable;
    public BigDecimal rate;
    public BigDecimal amount;
    public String stage;
    public boolean billed;
    public String invoiceId;
    public String approvedBy;
}
