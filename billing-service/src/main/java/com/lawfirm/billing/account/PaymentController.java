package com.lawfirm.billing.account;

import com.lawfirm.billing.account.AccountCommands.ReceivePayment;
import com.lawfirm.billing.account.AccountCommands.ReceiveRetainer;
import com.lawfirm.billing.account.AccountCommands.SettleFees;
import com.lawfirm.billing.account.BillingRequests.PaymentIn;
import com.lawfirm.billing.account.BillingRequests.RetainerIn;
import com.lawfirm.billing.account.BillingRequests.SettlementIn;
import com.lawfirm.events.billing.PaymentAllocation;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

/** Money in over HTTP: payments allocated to invoices, retainers, and the settlement that lets a matter close. */
@RestController
@PreAuthorize("hasRole('BILLING')")
class PaymentController {

    private final CommandGateway commands;
    private final AccountAccess access;

    PaymentController(CommandGateway commands, AccountAccess access) {
        this.commands = commands;
        this.access = access;
    }

    @PostMapping("/api/payments")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> receive(@Valid @RequestBody PaymentIn body) {
        access.requireReadable(body.matterId());
        String paymentId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReceivePayment(body.matterId(), paymentId, body.allocations().stream()
                .map(a -> new PaymentAllocation(a.invoiceId(), a.amount())).toList(), body.receivedOn(),
                body.reference(), Boolean.TRUE.equals(body.fromRetainer())));
        return Map.of("id", paymentId);
    }

    @PostMapping("/api/retainers")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> retainer(@Valid @RequestBody RetainerIn body) {
        access.requireReadable(body.matterId());
        String retainerId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReceiveRetainer(body.matterId(), retainerId, body.amount(), body.receivedOn(),
                body.reference()));
        return Map.of("id", retainerId);
    }

    /** Refused (409, naming what is open) unless nothing is unbilled or owed; matter-service then lets the matter close. */
    @PostMapping("/api/matters/{matterId}/settlement")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void settle(@PathVariable String matterId, @Valid @RequestBody SettlementIn body) {
        access.requireReadable(matterId);
        commands.sendAndWait(new SettleFees(matterId, body.settledOn()));
    }
}
