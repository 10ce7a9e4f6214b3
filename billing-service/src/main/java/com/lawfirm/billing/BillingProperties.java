package com.lawfirm.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * billing-service's settings.
 *
 * @param currency           the currency accounts are kept in
 * @param vatRate            value-added tax on legal services (6% in China)
 * @param paymentTermDays    days from issue to an invoice's due date
 * @param invoiceNumberPrefix text before the year and sequence of invoice numbers, e.g. INV-2026-00001
 */
@ConfigurationProperties("lawfirm.billing")
public record BillingProperties(@DefaultValue("CNY") String currency,
                                @DefaultValue("0.06") BigDecimal vatRate,
                                @DefaultValue("30") int paymentTermDays,
                                @DefaultValue("INV") String invoiceNumberPrefix) {
}
