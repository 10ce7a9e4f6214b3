package com.lawfirm.billing.account;

import com.lawfirm.billing.BillingProperties;
import com.lawfirm.billing.account.AccountCommands.IssueInvoice;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Issues an invoice under the next number of its year. The number is taken under the sequence row's lock in the
 * transaction that stores the InvoiceIssued event, so numbers are gapless and in issue order even under concurrency.
 */
@Component
class InvoiceIssuing {

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final BillingProperties properties;

    InvoiceIssuing(JdbcTemplate jdbc, CommandGateway commands, BillingProperties properties) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.properties = properties;
    }

    @Transactional
    String issue(String matterId, String invoiceId, LocalDate issuedOn) {
        Integer sequence = jdbc.queryForObject("""
                INSERT INTO invoice_number_sequence (year, last_value) VALUES (?, 1)
                ON CONFLICT (year) DO UPDATE SET last_value = invoice_number_sequence.last_value + 1
                RETURNING last_value""", Integer.class, issuedOn.getYear());
        String number = "%s-%d-%05d".formatted(properties.invoiceNumberPrefix(), issuedOn.getYear(), sequence);
        commands.sendAndWait(new IssueInvoice(matterId, invoiceId, number, issuedOn,
                issuedOn.plusDays(properties.paymentTermDays())));
        return number;
    }
}
