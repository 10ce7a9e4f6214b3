package com.lawfirm.intake.inquiry;

import com.lawfirm.events.party.Language;
import com.lawfirm.intake.IntakeProperties;
import com.lawfirm.intake.inquiry.InquiryCommands.DeclineInquiry;
import com.lawfirm.intake.inquiry.InquiryCommands.IdentifyNeed;
import com.lawfirm.intake.inquiry.InquiryCommands.LogContact;
import com.lawfirm.intake.inquiry.InquiryCommands.OpenInquiry;
import com.lawfirm.intake.inquiry.InquiryCommands.RequestConflictCheck;
import com.lawfirm.intake.inquiry.InquiryCommands.WithdrawInquiry;
import com.lawfirm.intake.inquiry.InquiryRequests.CheckRequest;
import com.lawfirm.intake.inquiry.InquiryRequests.ContactLog;
import com.lawfirm.intake.inquiry.InquiryRequests.Decline;
import com.lawfirm.intake.inquiry.InquiryRequests.Need;
import com.lawfirm.intake.inquiry.InquiryRequests.NewInquiry;
import com.lawfirm.intake.inquiry.InquiryRequests.PartyIn;
import com.lawfirm.intake.inquiry.InquiryRequests.Withdrawal;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.lawfirm.intake.inquiry.InquiryRequests.map;

/** Inquiries over HTTP: first contact, the conflict check request, decline and withdrawal, and the pipeline. */
@RestController
@RequestMapping("/api/inquiries")
class InquiryController {

    static final String INTAKE_STAFF = "hasAnyRole('INTAKE', 'LAWYER', 'PARTNER', 'ADMIN')";
    static final String LAWYERS = "hasAnyRole('LAWYER', 'PARTNER', 'ADMIN')";
    static final String READERS = "hasAnyRole('INTAKE', 'LAWYER', 'PARTNER', 'CONFLICTS_ANALYST', 'AUDITOR', 'ADMIN')";

    private final CommandGateway commands;
    private final ReadModelStore store;
    private final IntakeProperties properties;
    private final Clock clock;
    private final ExistingClients existingClients;

    InquiryController(CommandGateway commands, ReadModelStore store, IntakeProperties properties, Clock clock,
                      ExistingClients existingClients) {
        this.clock = clock;
        this.existingClients = existingClients;
        this.commands = commands;
        this.store = store;
        this.properties = properties;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(INTAKE_STAFF)
    Map<String, String> open(@Valid @RequestBody NewInquiry body) {
        if (body.existingClientId() != null) {
            existingClients.check(body.existingClientId());
        }
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenInquiry(id, body.source().toSource(), body.prospect().toProspect(), body.roughNeed(),
                body.owner(), body.existingClientId()));
        return Map.of("id", id);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    InquiryView get(@PathVariable String id) {
        return withStaleFlag(store.get(InquiryProjection.COLLECTION, id, InquiryView.class)
                .orElseThrow(() -> new NotFoundException("inquiry", id)));
    }

    /** The pipeline board: inquiries by stage and owner, oldest first; {@code stale=true} keeps only stale ones. */
    @GetMapping
    @PreAuthorize(READERS)
    Page<InquiryView> pipeline(@RequestParam(required = false) InquiryStage stage,
                               @RequestParam(required = false) String owner,
                               @RequestParam(defaultValue = "false") boolean stale,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ReadModelQuery query = ReadModelQuery.all().sortAscending("openedAt").page(page, size);
        if (stage != null) {
            query.eq("stage", stage.name());
        }
        if (owner != null) {
            query.eq("owner", owner);
        }
        if (stale) {
            query.eq("active", true).lt("lastActivityMillis", staleBefore());
        }
        return store.find(InquiryProjection.COLLECTION, query, InquiryView.class).map(this::withStaleFlag);
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(INTAKE_STAFF)
    void logContact(@PathVariable String id, @Valid @RequestBody ContactLog body) {
        commands.sendAndWait(new LogContact(id, body.channel(), body.at(), body.withWhom(), body.summary()));
    }

    @PostMapping("/{id}/need")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(INTAKE_STAFF)
    void identifyNeed(@PathVariable String id, @Valid @RequestBody Need body) {
        commands.sendAndWait(new IdentifyNeed(id, body.coreNeed(), body.background()));
    }

    @PostMapping("/{id}/conflict-check")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(INTAKE_STAFF)
    Map<String, String> requestConflictCheck(@PathVariable String id, @Valid @RequestBody CheckRequest body) {
        String checkId = UUID.randomUUID().toString();
        commands.sendAndWait(new RequestConflictCheck(id, checkId, map(body.parties(), PartyIn::toParty)));
        return Map.of("checkId", checkId);
    }

    @PostMapping("/{id}/decline")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(LAWYERS)
    void decline(@PathVariable String id, @Valid @RequestBody Decline body) {
        commands.sendAndWait(new DeclineInquiry(id, body.reason(), body.internalNote()));
    }

    @PostMapping("/{id}/withdrawal")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(INTAKE_STAFF)
    void withdraw(@PathVariable String id, @Valid @RequestBody Withdrawal body) {
        commands.sendAndWait(new WithdrawInquiry(id, body.reason()));
    }

    /** The polite decline letter to the prospect, in Chinese or English; it never names anyone else. */
    @GetMapping("/{id}/decline-letter")
    @PreAuthorize(INTAKE_STAFF)
    DeclineLetter.Letter declineLetter(@PathVariable String id, @RequestParam(defaultValue = "ZH") Language language) {
        InquiryView inquiry = get(id);
        if (inquiry.stage != InquiryStage.DECLINED) {
            throw new RuleViolationException("inquiry-not-declined", "only a declined inquiry has a decline letter");
        }
        return DeclineLetter.write(inquiry, language, clock);
    }

    private long staleBefore() {
        return clock.millis() - Duration.ofDays(properties.staleAfterDays()).toMillis();
    }

    private InquiryView withStaleFlag(InquiryView view) {
        view.stale = view.active && view.lastActivityMillis < staleBefore();
        return view;
    }
}
