package com.lawfirm.events.billing;

import java.math.BigDecimal;

/** The part of a payment applied to one invoice. */
public record PaymentAllocation(String invoiceId, BigDecimal amount) {
}
