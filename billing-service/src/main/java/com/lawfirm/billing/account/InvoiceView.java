package com.lawfirm.billing.account;

import com.lawfirm.events.billing.InvoiceLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An invoice as billing staff see it, with what is still owed on it. */
public class InvoiceView {

    public String invoiceId;
    public String matterId;
    public String clientId;
    public String invoiceNumber;
    /** DRAFT, APPROVED, ISSUED, then PAID once nothing is owed. */
    public String status;
    public List<InvoiceLine> lines = new ArrayList<>();
    public String currency;
    public BigDecimal net;
    public BigDecimal vatRate;
    public BigDecimal vat;
    public BigDecimal gross;
    public BigDecimal paid = BigDecimal.ZERO;
    public BigDecimal credited = BigDecimal.ZERO;
    public BigDecimal writtenOff = BigDecimal.ZERO;
    public BigDecimal balance;
    public LocalDate draftedOn;
    public LocalDate issuedOn;
    public LocalDate dueOn;
    /** The last time it went to the client, and how. */
    public LocalDate sentOn;
    public String sentVia;
    public int timesSent;

    void reduce(BigDecimal amount) {
        balance = balance.subtract(amount);
        if ("ISSUED".equals(status) && balance.signum() == 0) {
            status = "PAID";
        }
    }
}
