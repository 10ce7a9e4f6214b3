package com.lawfirm.matter.casefile;

import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.AnswerChannel;
import com.lawfirm.events.matter.AuthorizationDecision;
import com.lawfirm.events.matter.ChecklistResult;
import com.lawfirm.events.matter.CommunicationDirection;
import com.lawfirm.events.matter.CorrectiveAction;
import com.lawfirm.events.matter.DocumentKind;
import com.lawfirm.events.matter.KeyEventKind;
import com.lawfirm.events.matter.PlanItem;
import com.lawfirm.events.matter.QualityReviewKind;
import com.lawfirm.events.matter.ReportCadence;
import com.lawfirm.events.matter.RetentionClass;
import com.lawfirm.events.matter.StaffRole;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Commands of a matter, its team, its client authorisations and the client materials in its custody. */
final class MatterCommands {

    private MatterCommands() {
    }

    /** A command still accepted once the matter is closed (returning originals, feedback, archiving). */
    interface AllowedWhenClosed {
    }

    /**
     * A record of the firm's relationship with the client (a communication, a visit, feedback, a referral): refused
     * once the client's personal data is erased, as it would speak of the client.
     */
    interface OfTheRelationship {
    }

    /** Sent when intake's erasure of the client reaches matter-service; twice, or on an archived matter, it does nothing. */
    record RecordClientErasure(@TargetAggregateIdentifier String matterId, String clientId, LocalDate erasedOn)
            implements AllowedWhenClosed {
    }

    record OpenMatter(String matterId, String matterNumber, String engagementId, String inquiryId, String clientId,
                      String clientName, MatterType matterType, String description, List<MatterParty> parties,
                      LocalDate openedOn, BigDecimal amountInDispute) {
    }

    record AssignTeamMember(@TargetAggregateIdentifier String matterId, String staffId, String login, String name,
                            StaffRole staffRole, TeamRole role, LocalDate assignedOn) {
    }

    record ReleaseTeamMember(@TargetAggregateIdentifier String matterId, String staffId, LocalDate releasedOn) {
    }

    record SignUndertaking(@TargetAggregateIdentifier String matterId, String staffId, LocalDate signedOn) {
    }

    record RequestAuthorization(@TargetAggregateIdentifier String matterId, String authorizationId,
                                AuthorizationDecision decision, String question, List<String> options,
                                String recommendation, String requestedBy, LocalDate requestedOn) {
    }

    record RecordAuthorizationAnswer(@TargetAggregateIdentifier String matterId, String authorizationId, boolean approved,
                                     String chosenOption, AnswerChannel channel, String evidenceReference,
                                     LocalDate answeredOn) {
    }

    /** Without an authorisation id, the oldest approved and unused one for the decision is taken. */
    record RecordAuthorizedAction(@TargetAggregateIdentifier String matterId, String authorizationId,
                                  AuthorizationDecision decision, String description, LocalDate takenOn) {
    }

    record ReceiveMaterial(@TargetAggregateIdentifier String matterId, String materialId, String description,
                           boolean original, int pages, int copiesMade, String receivedFrom, String receivedBy,
                           LocalDate receivedOn, String storageLocation) {
    }

    record LendMaterial(@TargetAggregateIdentifier String matterId, String materialId, String borrower, LocalDate lentOn,
                        LocalDate dueBack) {
    }

    record BringBackMaterial(@TargetAggregateIdentifier String matterId, String materialId, LocalDate broughtBackOn)
            implements AllowedWhenClosed {
    }

    record ReturnMaterialToClient(@TargetAggregateIdentifier String matterId, String materialId, LocalDate returnedOn,
                                  String signedBy, String evidenceReference) implements AllowedWhenClosed {
    }

    record AgreeRetention(@TargetAggregateIdentifier String matterId, String materialId, LocalDate agreedOn,
                          String evidenceReference) {
    }

    /** Sent when billing's settlement arrives; harmless however late or often it comes. */
    record AcknowledgeFeeSettlement(@TargetAggregateIdentifier String matterId, LocalDate settledOn)
            implements AllowedWhenClosed {
    }

    record CloseMatter(@TargetAggregateIdentifier String matterId, String outcome, LocalDate finalReportSentOn,
                       String feeException, LocalDate closedOn, Period archiveAfter) {
    }

    record ArchiveMatter(@TargetAggregateIdentifier String matterId, RetentionClass retentionClass, String archivedBy,
                         LocalDate archivedOn) implements AllowedWhenClosed {
    }

    record RecordFeedback(@TargetAggregateIdentifier String matterId, String feedbackId, int score, String comments,
                          String channel, LocalDate recordedOn) implements AllowedWhenClosed, OfTheRelationship {
    }

    record DraftWorkPlan(@TargetAggregateIdentifier String matterId, List<PlanItem> items, String draftedBy,
                         LocalDate draftedOn) {
    }

    record ConfirmWorkPlan(@TargetAggregateIdentifier String matterId, int version, String confirmedBy,
                           AnswerChannel channel, String evidenceReference, LocalDate confirmedOn) {
    }

    record CompletePlanItem(@TargetAggregateIdentifier String matterId, String itemId, LocalDate completedOn) {
    }

    record AgreeReportingCadence(@TargetAggregateIdentifier String matterId, ReportCadence cadence, Integer everyDays,
                                 LocalDate firstReportDue) {
    }

    record SendProgressReport(@TargetAggregateIdentifier String matterId, String reportId, LocalDate periodFrom,
                              LocalDate periodTo, String content, String channel, String sentBy, LocalDate sentOn) {
    }

    /** {@code communicateWithin} comes from the firm's rules for the kind of event. */
    record RecordKeyEvent(@TargetAggregateIdentifier String matterId, String keyEventId, KeyEventKind kind,
                          String description, Instant occurredAt, Duration communicateWithin) {
    }

    record RecordKeyEventCommunicated(@TargetAggregateIdentifier String matterId, String keyEventId, String channel,
                                      String communicatedTo, String communicatedBy, Instant communicatedAt) {
    }

    record HoldCaseConference(@TargetAggregateIdentifier String matterId, String conferenceId, LocalDate heldOn,
                              List<String> attendees, List<String> questions, List<String> conclusions) {
    }

    record RecordQualityReview(@TargetAggregateIdentifier String matterId, String reviewId, QualityReviewKind kind,
                               String reviewer, List<ChecklistResult> checklist, String findings, int rating,
                               List<CorrectiveAction> actions, LocalDate reviewedOn) {
    }

    record CompleteCorrectiveAction(@TargetAggregateIdentifier String matterId, String reviewId, String actionId,
                                    LocalDate completedOn) implements AllowedWhenClosed {
    }

    record FileDocument(@TargetAggregateIdentifier String matterId, String documentId, DocumentKind kind, String title,
                        String contentHash, String storageUri, long sizeBytes, String filedBy, LocalDate filedOn) {
    }

    record LogCommunication(@TargetAggregateIdentifier String matterId, String communicationId, String channel,
                            CommunicationDirection direction, String counterpart, String summary, Instant at,
                            String loggedBy) implements AllowedWhenClosed, OfTheRelationship {
    }

    record RecordFollowUpVisit(@TargetAggregateIdentifier String matterId, String visitId, LocalDate visitedOn,
                               String visitedBy, String summary) implements AllowedWhenClosed, OfTheRelationship {
    }

    record RecordReferral(@TargetAggregateIdentifier String matterId, String referralId, PartyKind kind,
                          String referredName, List<Contact> contacts, String need, String recordedBy,
                          LocalDate recordedOn) implements AllowedWhenClosed, OfTheRelationship {
    }

    /** Sent when conflict-service's check of a team member arrives; ignored if they have left the team since. */
    record RecordMemberConflictCheck(@TargetAggregateIdentifier String matterId, String staffId, boolean clear,
                                     List<String> findings) implements AllowedWhenClosed {
    }
}
