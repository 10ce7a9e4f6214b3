package com.lawfirm.intake.subjectrequest;

import com.lawfirm.events.intake.DataSubjectRequestKind;
import com.lawfirm.intake.IntakeProperties;
import com.lawfirm.intake.client.ClientRegistry;
import com.lawfirm.intake.engagement.EngagementQueries;
import com.lawfirm.intake.inquiry.InquiryQueries;
import com.lawfirm.intake.inquiry.InquiryView;
import com.lawfirm.intake.subjectrequest.DataSubjectRequestCommands.AnswerDataSubjectRequest;
import com.lawfirm.intake.subjectrequest.DataSubjectRequestCommands.ReceiveDataSubjectRequest;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
import java.util.Map;
import java.util.UUID;

/**
 * The register of data subjects' requests (个人信息权利请求): recorded with the day the answer is due, answered once,
 * and listed open or overdue so none is forgotten. An access request is answered from the client's overview, a
 * prospect's from its inquiry.
 */
@RestController
@RequestMapping("/api/data-subject-requests")
class DataSubjectRequestController {

    private static final String HANDLERS = "hasAnyRole('INTAKE', 'PARTNER', 'ARCHIVIST', 'ADMIN')";
    private static final String READERS = "hasAnyRole('INTAKE', 'PARTNER', 'ARCHIVIST', 'AUDITOR', 'ADMIN')";

    /** From a client, or from the prospect of an inquiry who never became one: {@code clientId} or {@code inquiryId}. */
    record NewRequest(@Size(max = 100) String clientId, @Size(max = 100) String inquiryId,
                      @NotNull DataSubjectRequestKind kind, @Size(max = 4000) String details, LocalDate receivedOn) {
    }

    record Answer(@NotNull Boolean fulfilled, @NotBlank @Size(max = 4000) String answer) {
    }

    private final CommandGateway commands;
    private final ReadModelStore store;
    private final ClientRegistry clients;
    private final InquiryQueries inquiries;
    private final EngagementQueries engagements;
    private final IntakeProperties properties;
    private final Clock clock;

    DataSubjectRequestController(CommandGateway commands, ReadModelStore store, ClientRegistry clients,
                                 InquiryQueries inquiries, EngagementQueries engagements, IntakeProperties properties,
                                 Clock clock) {
        this.engagements = engagements;
        this.clock = clock;
        this.commands = commands;
        this.store = store;
        this.clients = clients;
        this.inquiries = inquiries;
        this.properties = properties;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(HANDLERS)
    Map<String, String> receive(@Valid @RequestBody NewRequest body, Authentication user) {
        String clientId = blankAsNull(body.clientId());
        String inquiryId = blankAsNull(body.inquiryId());
        if ((clientId == null) == (inquiryId == null)) {
            throw new InvalidFieldException("clientId",
                    "name the client, or the inquiry of a prospect who is none: one of the two");
        }
        if (clientId != null && clients.find(clientId).isEmpty()) {
            throw new InvalidFieldException("clientId", "no client of the firm has this id");
        }
        if (inquiryId != null) {
            InquiryView inquiry = inquiries.find(inquiryId)
                    .orElseThrow(() -> new InvalidFieldException("inquiryId", "no inquiry of the firm has this id"));
            if (inquiry.existingClientId != null) {
                throw new InvalidFieldException("inquiryId", "the inquiry is of client " + inquiry.existingClientId
                        + ": record the request as the client's");
            }
            engagements.signedFrom(inquiryId).filter(signed -> signed.clientId != null).ifPresent(signed -> {
                throw new InvalidFieldException("inquiryId", "the prospect signed engagement " + signed.engagementId
                        + " and is client " + signed.clientId + ": record the request as the client's");
            });
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate received = body.receivedOn() == null ? today : body.receivedOn();
        if (received.isAfter(today)) {
            throw new InvalidFieldException("receivedOn", "must not be in the future");
        }
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new ReceiveDataSubjectRequest(id, clientId, inquiryId, body.kind(), body.details(), received,
                received.plusDays(properties.answerRequestsWithin()), user.getName()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/answer")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(HANDLERS)
    void answer(@PathVariable String id, @Valid @RequestBody Answer body, Authentication user) {
        get(id);
        commands.sendAndWait(new AnswerDataSubjectRequest(id, body.fulfilled(), body.answer(), LocalDate.now(clock),
                user.getName()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    DataSubjectRequestView get(@PathVariable String id) {
        return store.get(DataSubjectRequestProjection.COLLECTION, id, DataSubjectRequestView.class)
                .map(this::withOverdue).orElseThrow(() -> new NotFoundException("data subject request", id));
    }

    /** Requests, oldest due first; {@code open} for those not answered yet, {@code overdue} for those past due. */
    @GetMapping
    @PreAuthorize(READERS)
    Page<DataSubjectRequestView> list(@RequestParam(required = false) @Size(max = 100) String clientId,
                                      @RequestParam(required = false) @Size(max = 100) String inquiryId,
                                      @RequestParam(defaultValue = "false") boolean open,
                                      @RequestParam(defaultValue = "false") boolean overdue,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        ReadModelQuery query = ReadModelQuery.all().sortAscending("dueBy").page(page, size);
        if (clientId != null) {
            query.eq("clientId", clientId);
        }
        if (inquiryId != null) {
            query.eq("inquiryId", inquiryId);
        }
        if (open || overdue) {
            query.eq("open", true);
        }
        if (overdue) {
            query.lt("dueBy", LocalDate.now(clock).toString());
        }
        Page<DataSubjectRequestView> found = store.find(DataSubjectRequestProjection.COLLECTION, query,
                DataSubjectRequestView.class);
        found.items().forEach(this::withOverdue);
        return found;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private DataSubjectRequestView withOverdue(DataSubjectRequestView view) {
        view.overdue = view.open && LocalDate.now(clock).isAfter(view.dueBy);
        return view;
    }
}
