package com.lawfirm.intake.subjectrequest;

import com.lawfirm.events.intake.DataSubjectRequestAnswered;
import com.lawfirm.events.intake.DataSubjectRequestReceived;
import com.lawfirm.intake.subjectrequest.DataSubjectRequestCommands.AnswerDataSubjectRequest;
import com.lawfirm.intake.subjectrequest.DataSubjectRequestCommands.ReceiveDataSubjectRequest;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A client's, or a prospect's, request to see, correct or erase its personal data (PIPL arts. 45–47): recorded when
 * it arrives, due within the firm's set time, answered once.
 */
@Aggregate
class DataSubjectRequest {

    @AggregateIdentifier
    private String requestId;
    private String clientId;
    private String inquiryId;
    private LocalDate dueBy;
    private boolean answered;

    DataSubjectRequest() {
    }

    @CommandHandler
    DataSubjectRequest(ReceiveDataSubjectRequest command) {
        if ((command.clientId() == null) == (command.inquiryId() == null)) {
            throw new InvalidFieldException("clientId",
                    "name the client, or the inquiry of a prospect who is none: one of the two");
        }
        if (command.kind() == null) {
            throw new InvalidFieldException("kind", "must be ACCESS, CORRECTION or ERASURE");
        }
        if (command.receivedOn().isAfter(command.dueBy())) {
            throw new InvalidFieldException("receivedOn", "must not be after the day the answer is due");
        }
        apply(new DataSubjectRequestReceived(command.requestId(), command.clientId(), command.inquiryId(), command.kind(),
                command.details(), command.receivedOn(), command.dueBy(), command.recordedBy()));
    }

    @CommandHandler
    void handle(AnswerDataSubjectRequest command) {
        if (answered) {
            throw new RuleViolationException("already-answered", "the request was answered already");
        }
        if (command.answer() == null || command.answer().isBlank()) {
            throw new InvalidFieldException("answer", "say what was done, or why the request is refused");
        }
        apply(new DataSubjectRequestAnswered(requestId, clientId, inquiryId, command.fulfilled(), command.answer().strip(),
                command.answeredOn(), command.answeredOn().isAfter(dueBy), command.answeredBy()));
    }

    @EventSourcingHandler
    void on(DataSubjectRequestReceived event) {
        requestId = event.requestId();
        clientId = event.clientId();
        inquiryId = event.inquiryId();
        dueBy = event.dueBy();
    }

    @EventSourcingHandler
    void on(DataSubjectRequestAnswered event) {
        answered = true;
    }
}
