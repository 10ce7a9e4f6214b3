package com.lawfirm.billing.account;

import com.lawfirm.billing.BillingProperties;
import com.lawfirm.billing.account.AccountCommands.ApproveInvoice;
import com.lawfirm.billing.account.AccountCommands.DraftInvoice;
import com.lawfirm.billing.account.AccountCommands.IssueCreditNote;
import com.lawfirm.billing.account.AccountCommands.SendInvoice;
import com.lawfirm.billing.account.AccountCommands.WriteOff;
import com.lawfirm.billing.account.BillingRequests.AdjustmentIn;
import com.lawfirm.billing.account.BillingRequests.InvoiceIn;
import com.lawfirm.billing.account.BillingRequests.SendingIn;
import com.lawfirm.billing.agreement.AgreedFees;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Invoices over HTTP: drafted by billing, approved by a partner on the matter, issued under a gapless number. */
@RestController
@RequestMapping("/api/invoices")
class InvoiceController {

    private final CommandGateway commands;
    private final AccountAccess access;
    private final InvoiceIssuing issuing;
    private final ReadModelStore store;
    private final BillingProperties properties;
    private final Accounts accounts;
    private final AgreedFees agreedFees;
    private final AgreedFeeLines feeLines;
    private final Clock clock;

    InvoiceController(CommandGateway commands, AccountAccess access, InvoiceIssuing issuing, ReadModelStore store,
                      BillingProperties properties, Accounts accounts, AgreedFees agreedFees, AgreedFeeLines feeLines,
                      Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.agreedFees = agreedFees;
        this.feeLines = feeLines;
        this.commands = commands;
        this.access = access;
        this.issuing = issuing;
        this.store = store;
        this.properties = properties;
    }

    /**
     * A fixed amount, a milestone of the agreed staged fee, an agreed fee priced by the fee agreement (each billed
     * once), or, with none of these, every approved unbilled item of work.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('BILLING')")
    Map<String, String> draft(@Valid @RequestBody InvoiceIn body) {
        access.requireReadable(body.matterId());
        if (body.fixedAmount() != null && (body.description() == null || body.description().isBlank())) {
            throw new InvalidFieldException("description", "a fixed amount needs a description");
        }
        if ((body.fixedAmount() != null ? 1 : 0) + (body.milestone() != null ? 1 : 0) + (body.fee() != null ? 1 : 0) > 1) {
            throw new InvalidFieldException(body.fee() != null ? "fee" : "milestone",
                    "bill one thing at a time: a fixed amount, a milestone or an agreed fee");
        }
        if (body.recovered() != null && body.fee() != FeeModel.CONTINGENCY) {
            throw new InvalidFieldException("recovered", "only a contingency fee is billed on the amount recovered");
        }
        AgreedFeeLines.AgreedFee agreed = null;
        if (body.milestone() != null || body.fee() != null) {
            FeeQuote quote = accounts.engagementOf(body.matterId()).flatMap(agreedFees::of).orElseThrow(() -> new RuleViolationException(
                    "no-fee-agreement", "the matter's fee agreement is not known yet"));
            agreed = body.milestone() != null ? feeLines.milestone(quote, body.milestone())
                    : feeLines.fee(quote, body.fee(), body.recovered());
        }
        String invoiceId = UUID.randomUUID().toString();
        commands.sendAndWait(new DraftInvoice(body.matterId(), invoiceId, body.fixedAmount(), body.description(),
                agreed == null ? null : agreed.key(), agreed == null ? List.of() : agreed.lines(), properties.vatRate(),
                access.login(), LocalDate.now(clock)));
        return Map.of("id", invoiceId);
    }

    @PostMapping("/{id}/approval")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('PARTNER')")
    void approve(@PathVariable String id) {
        InvoiceView invoice = find(id);
        access.requireMember(invoice.matterId);
        commands.sendAndWait(new ApproveInvoice(invoice.matterId, id, access.login(), LocalDate.now(clock)));
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize("hasRole('BILLING')")
    Map<String, String> issue(@PathVariable String id) {
        InvoiceView invoice = find(id);
        return Map.of("invoiceNumber", issuing.issue(invoice.matterId, id, LocalDate.now(clock)));
    }

    /** The issued invoice went to the client (by e-mail, post, courier, by hand or through the portal). */
    @PostMapping("/{id}/sending")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('BILLING')")
    void send(@PathVariable String id, @Valid @RequestBody SendingIn body) {
        InvoiceView invoice = find(id);
        access.requireReadable(invoice.matterId);
        commands.sendAndWait(new SendInvoice(invoice.matterId, id, body.via(), body.sentTo().strip(), access.login(),
                body.sentOn()));
    }

    @PostMapping("/{id}/credit-notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('BILLING')")
    Map<String, String> credit(@PathVariable String id, @Valid @RequestBody AdjustmentIn body) {
        InvoiceView invoice = find(id);
        String creditNoteId = UUID.randomUUID().toString();
        commands.sendAndWait(new IssueCreditNote(invoice.matterId, creditNoteId, id, body.amount(), body.reason(),
                LocalDate.now(clock)));
        return Map.of("id", creditNoteId);
    }

    /** Writing a balance off needs a partner on the matter. */
    @PostMapping("/{id}/write-off")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('PARTNER')")
    void writeOff(@PathVariable String id, @Valid @RequestBody AdjustmentIn body) {
        InvoiceView invoice = find(id);
        access.requireMember(invoice.matterId);
        commands.sendAndWait(new WriteOff(invoice.matterId, id, body.amount(), body.reason(), access.login(),
                LocalDate.now(clock)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER', 'BILLING', 'AUDITOR', 'ADMIN')")
    InvoiceView get(@PathVariable String id) {
        InvoiceView invoice = find(id);
        access.requireReadable(invoice.matterId);
        return invoice;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('BILLING', 'AUDITOR', 'ADMIN')")
    Page<InvoiceView> list(@RequestParam(required = false) String status, @RequestParam(required = false) String matterId,
                           @RequestParam(required = false) String clientId) {
        ReadModelQuery query = ReadModelQuery.all().sortDescending("draftedOn").page(0, ReadModelQuery.MAX_PAGE_SIZE);
        if (status != null) {
            query.eq("status", status);
        }
        if (matterId != null) {
            query.eq("matterId", matterId);
        }
        if (clientId != null) {
            query.eq("clientId", clientId);
        }
        return store.find(InvoiceProjection.COLLECTION, query, InvoiceView.class);
    }

    private InvoiceView find(String id) {
        return store.get(InvoiceProjection.COLLECTION, id, InvoiceView.class)
                .orElseThrow(() -> new NotFoundException("invoice", id));
    }
}
