package com.lawfirm.intake.subjectrequest;

import com.lawfirm.events.intake.DataSubjectRequestKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Commands of data subjects' requests. */
final class DataSubjectRequestCommands {

    private DataSubjectRequestCommands() {
    }

    /** From a client ({@code clientId}) or from the prospect of an inquiry ({@code inquiryId}): one of the two. */
    record ReceiveDataSubjectRequest(String requestId, String clientId, String inquiryId, DataSubjectRequestKind kind,
                                     String details, LocalDate receivedOn, LocalDate dueBy, String recordedBy) {
    }

    record AnswerDataSubjectRequest(@TargetAggregateIdentifier String requestId, boolean fulfilled, String answer,
                                    LocalDate answeredOn, String answeredBy) {
    }
}
