package com.lawfirm.billing.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A matter's account at a glance: whose it is, the retainer held, and whether the fees are settled. */
public class AccountView {

    public String matterId;
    public String matterNumber;
    public String engagementId;
    public String clientId;
    public String clientName;
    public String currency;
    public BigDecimal retainerBalance = BigDecimal.ZERO;
    public LocalDate settledOn;
}
