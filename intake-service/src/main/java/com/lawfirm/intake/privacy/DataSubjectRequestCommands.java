package com.lawfirm.intake.privacy;

import com.lawfirm.events.intake.DataSubjectRequestKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Commands of data subjects' requests. */
final class DataSubjectRequestCommands {

    private DataSubjectRequestCommands() {
    }

    record ReceiveDataSubjectRequest(String requestId, String clientId, DataSubjectRequestKind kind, String details,
                                     LocalDate receivedOn, LocalDate dueBy, String recordedBy) {
    }

    record AnswerDataSubjectRequest(@TargetAggregateIdentifier String requestId, boolean fulfilled, String answer,
                                    LocalDate answeredOn, String answeredBy) {
    }
}
