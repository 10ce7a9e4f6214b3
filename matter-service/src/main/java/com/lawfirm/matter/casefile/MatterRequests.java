package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.AnswerChannel;
import com.lawfirm.events.matter.AuthorizationDecision;
import com.lawfirm.events.matter.TeamRole;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the matter's HTTP requests, validated before any command is sent. */
final class MatterRequests {

    private MatterRequests() {
    }

    record SeatIn(@NotBlank @Size(max = 64) String staffId, @NotNull TeamRole role) {
    }

    record AuthorizationIn(@NotNull AuthorizationDecision decision, @NotBlank @Size(max = 2000) String question,
                           @Size(max = 10) List<@NotBlank @Size(max = 500) String> options,
                           @Size(max = 2000) String recommendation) {
    }

    record AnswerIn(@NotNull Boolean approved, @Size(max = 500) String chosenOption, @NotNull AnswerChannel channel,
                    @NotBlank @Size(max = 300) String evidenceReference, @NotNull LocalDate answeredOn) {
    }

    record ActionIn(@NotNull AuthorizationDecision decision, @Size(max = 64) String authorizationId,
                    @NotBlank @Size(max = 2000) String description, @NotNull LocalDate takenOn) {
    }

    record MaterialIn(@NotBlank @Size(max = 500) String description, @NotNull Boolean original,
                      @NotNull @Min(0) @Max(100000) Integer pages, @Min(0) @Max(1000) Integer copiesMade,
                      @NotBlank @Size(max = 200) String receivedFrom, @NotNull LocalDate receivedOn,
                      @NotBlank @Size(max = 200) String storageLocation) {
    }

    record LoanIn(@NotBlank @Size(max = 100) String borrower, @NotNull LocalDate lentOn, LocalDate dueBack) {
    }

    record BroughtBackIn(@NotNull LocalDate broughtBackOn) {
    }

    record ReturnIn(@NotNull LocalDate returnedOn, @NotBlank @Size(max = 200) String signedBy,
                    @NotBlank @Size(max = 300) String evidenceReference) {
    }

    record RetentionIn(@NotNull LocalDate agreedOn, @NotBlank @Size(max = 300) String evidenceReference) {
    }

    record ClosingIn(@NotBlank @Size(max = 2000) String outcome, @NotNull LocalDate finalReportSentOn,
                     @Size(max = 2000) String feeException, @NotNull LocalDate closedOn) {
    }

    record FeedbackIn(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 4000) String comments,
                      @NotBlank @Size(max = 100) String channel, @NotNull LocalDate recordedOn) {
    }
}
