package com.lawfirm.intake.inquiry;

import com.lawfirm.intake.inquiry.InquiryCommands.AcceptProposal;
import com.lawfirm.intake.inquiry.InquiryCommands.DraftProposal;
import com.lawfirm.intake.inquiry.InquiryCommands.ReceiveDocument;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordAssessment;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordInterview;
import com.lawfirm.intake.inquiry.InquiryCommands.RejectProposal;
import com.lawfirm.intake.inquiry.InquiryCommands.RequestDocument;
import com.lawfirm.intake.inquiry.InquiryRequests.Acceptance;
import com.lawfirm.intake.inquiry.InquiryRequests.Assessment;
import com.lawfirm.intake.inquiry.InquiryRequests.DocumentReceipt;
import com.lawfirm.intake.inquiry.InquiryRequests.DocumentRequest;
import com.lawfirm.intake.inquiry.InquiryRequests.Interview;
import com.lawfirm.intake.inquiry.InquiryRequests.ProposalIn;
import com.lawfirm.intake.inquiry.InquiryRequests.Rejection;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stage 2 of an inquiry over HTTP: interviews, documents, the assessment and the proposals (409 until cleared). */
@RestController
@RequestMapping("/api/inquiries/{id}")
class InquiryWorkController {

    private final CommandGateway commands;

    InquiryWorkController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/interviews")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(InquiryController.LAWYERS)
    Map<String, String> recordInterview(@PathVariable String id, @Valid @RequestBody Interview body) {
        String interviewId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordInterview(id, interviewId, body.date(), body.attendees(), body.content(),
                body.confirmedByClient()));
        return Map.of("id", interviewId);
    }

    @PostMapping("/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(InquiryController.INTAKE_STAFF)
    Map<String, String> requestDocument(@PathVariable String id, @Valid @RequestBody DocumentRequest body) {
        String documentId = UUID.randomUUID().toString();
        commands.sendAndWait(new RequestDocument(id, documentId, body.description(), body.dueBy()));
        return Map.of("id", documentId);
    }

    @PostMapping("/documents/{documentId}/receipt")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(InquiryController.INTAKE_STAFF)
    void receiveDocument(@PathVariable String id, @PathVariable String documentId, @Valid @RequestBody DocumentReceipt body) {
        commands.sendAndWait(new ReceiveDocument(id, documentId, body.receivedOn(), body.note()));
    }

    @PostMapping("/assessment")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(InquiryController.LAWYERS)
    void recordAssessment(@PathVariable String id, @Valid @RequestBody Assessment body) {
        commands.sendAndWait(new RecordAssessment(id, orEmpty(body.legalIssues()), orEmpty(body.disputedPoints()),
                orEmpty(body.risks()), body.successLikelyFromPercent(), body.successLikelyToPercent(), body.difficulty(),
                body.resourcesNeeded()));
    }

    @PostMapping("/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(InquiryController.LAWYERS)
    Map<String, Integer> draftProposal(@PathVariable String id, @Valid @RequestBody ProposalIn body) {
        int version = commands.sendAndWait(new DraftProposal(id, body.objectives(), body.scope(), body.strategy(),
                body.expectedOutcome(), body.quote().toQuote()));
        return Map.of("version", version);
    }

    @PostMapping("/proposals/{version}/acceptance")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(InquiryController.LAWYERS)
    void accept(@PathVariable String id, @PathVariable int version, @Valid @RequestBody(required = false) Acceptance body) {
        commands.sendAndWait(new AcceptProposal(id, version, body == null ? null : body.acceptedOn()));
    }

    @PostMapping("/proposals/{version}/rejection")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(InquiryController.LAWYERS)
    void reject(@PathVariable String id, @PathVariable int version, @Valid @RequestBody(required = false) Rejection body) {
        commands.sendAndWait(new RejectProposal(id, version, body == null ? null : body.reason()));
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
