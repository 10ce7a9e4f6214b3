package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.AnswerChannel;
import com.lawfirm.events.matter.AuthorizationDecision;
import com.lawfirm.events.matter.CommunicationDirection;
import com.lawfirm.events.matter.DocumentKind;
import com.lawfirm.events.matter.KeyEventKind;
import com.lawfirm.events.matter.PlanItemKind;
import com.lawfirm.events.matter.QualityReviewKind;
import com.lawfirm.events.matter.ReportCadence;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.events.party.Contact.ContactKind;
import com.lawfirm.events.party.PartyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
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

    record PlanItemIn(@NotBlank @Size(max = 64) String itemId, @NotNull PlanItemKind kind,
                      @NotBlank @Size(max = 500) String title, @NotBlank @Size(max = 100) String owner,
                      @NotNull LocalDate dueOn) {
    }

    record WorkPlanIn(@NotNull @Size(min = 1, max = 200) List<@Valid @NotNull PlanItemIn> items) {
    }

    record PlanConfirmationIn(@NotNull @Min(1) Integer version, @NotBlank @Size(max = 200) String confirmedBy,
                              @NotNull AnswerChannel channel, @NotBlank @Size(max = 300) String evidenceReference,
                              @NotNull LocalDate confirmedOn) {
    }

    record CompletionIn(@NotNull LocalDate completedOn) {
    }

    record CadenceIn(@NotNull ReportCadence cadence, @Min(1) @Max(365) Integer everyDays,
                     @NotNull LocalDate firstReportDue) {
    }

    record ProgressReportIn(@NotNull LocalDate periodFrom, @NotNull LocalDate periodTo,
                            @NotBlank @Size(max = 20000) String content, @NotBlank @Size(max = 100) String channel,
                            @NotNull LocalDate sentOn) {
    }

    record KeyEventIn(@NotNull KeyEventKind kind, @NotBlank @Size(max = 2000) String description,
                      @NotNull Instant occurredAt) {
    }

    record KeyEventToldIn(@NotBlank @Size(max = 100) String channel, @NotBlank @Size(max = 200) String communicatedTo,
                           @NotNull Instant communicatedAt) {
    }

    record ConferenceIn(@NotNull LocalDate heldOn, @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 100) String> attendees,
                        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> questions,
                        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> conclusions) {
    }

    record ChecklistIn(@NotBlank @Size(max = 500) String item, @NotNull Boolean passed, @Size(max = 2000) String note) {
    }

    record CorrectiveActionIn(@NotBlank @Size(max = 2000) String action, @NotBlank @Size(max = 100) String owner,
                              @NotNull LocalDate dueOn) {
    }

    record QualityReviewIn(@NotNull QualityReviewKind kind, @Size(max = 100) List<@Valid @NotNull ChecklistIn> checklist,
                           @Size(max = 10000) String findings, @NotNull @Min(1) @Max(5) Integer rating,
                           @Size(max = 50) List<@Valid @NotNull CorrectiveActionIn> actions, @NotNull LocalDate reviewedOn) {
    }

    record DocumentIn(@NotNull DocumentKind kind, @NotBlank @Size(max = 500) String title,
                      @NotBlank @Size(max = 64) String contentHash, @NotBlank @Size(max = 1000) String storageUri,
                      @NotNull @Min(0) Long sizeBytes) {
    }

    record CommunicationIn(@NotBlank @Size(max = 100) String channel, @NotNull CommunicationDirection direction,
                           @NotBlank @Size(max = 200) String counterpart, @NotBlank @Size(max = 10000) String summary,
                           @NotNull Instant at) {
    }

    record VisitIn(@NotNull LocalDate visitedOn, @NotBlank @Size(max = 10000) String summary) {
    }

    record ContactIn(@NotNull ContactKind kind, @NotBlank @Size(max = 200) String value, @Size(max = 100) String label) {
    }

    record ReferralIn(@NotNull PartyKind kind, @NotBlank @Size(max = 300) String referredName,
                      @Size(max = 10) List<@Valid @NotNull ContactIn> contacts, @Size(max = 4000) String need,
                      @NotNull LocalDate recordedOn) {
    }
}
