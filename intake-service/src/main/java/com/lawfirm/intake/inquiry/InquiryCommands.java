package com.lawfirm.intake.inquiry;

import com.lawfirm.events.conflict.Waiver;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.ContactChannel;
import com.lawfirm.events.intake.DeclineReason;
import com.lawfirm.events.intake.Difficulty;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.Prospect;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Commands of an inquiry, from first contact to the accepted proposal. */
final class InquiryCommands {

    private InquiryCommands() {
    }

    record OpenInquiry(String inquiryId, ClientSource source, Prospect prospect, String roughNeed, String owner,
                       String existingClientId) {
    }

    record LogContact(@TargetAggregateIdentifier String inquiryId, ContactChannel channel, Instant at, String withWhom,
                      String summary) {
    }

    record IdentifyNeed(@TargetAggregateIdentifier String inquiryId, String coreNeed, String background) {
    }

    record RequestConflictCheck(@TargetAggregateIdentifier String inquiryId, String checkId, List<CheckedParty> parties) {
    }

    /** Sent when conflict-service's outcome arrives over Kafka. */
    record RecordConflictCleared(@TargetAggregateIdentifier String inquiryId, String checkId, List<Waiver> waivers) {
    }

    /** Sent when conflict-service's outcome arrives over Kafka. */
    record RecordConflictDeclined(@TargetAggregateIdentifier String inquiryId, String checkId, String internalNote) {
    }

    record RecordInterview(@TargetAggregateIdentifier String inquiryId, String interviewId, LocalDate date,
                           List<String> attendees, String content, boolean confirmedByClient) {
    }

    record RequestDocument(@TargetAggregateIdentifier String inquiryId, String documentId, String description,
                           LocalDate dueBy) {
    }

    record ReceiveDocument(@TargetAggregateIdentifier String inquiryId, String documentId, LocalDate receivedOn,
                           String note) {
    }

    record RecordAssessment(@TargetAggregateIdentifier String inquiryId, List<String> legalIssues,
                            List<String> disputedPoints, List<String> risks, Integer successLikelyFromPercent,
                            Integer successLikelyToPercent, Difficulty difficulty, String resourcesNeeded) {
    }

    record DraftProposal(@TargetAggregateIdentifier String inquiryId, String objectives, String scope, String strategy,
                         String expectedOutcome, FeeQuote quote) {
    }

    record AcceptProposal(@TargetAggregateIdentifier String inquiryId, int version, LocalDate acceptedOn) {
    }

    record RejectProposal(@TargetAggregateIdentifier String inquiryId, int version, String reason) {
    }

    record DeclineInquiry(@TargetAggregateIdentifier String inquiryId, DeclineReason reason, String internalNote) {
    }

    record WithdrawInquiry(@TargetAggregateIdentifier String inquiryId, String reason) {
    }

    /**
     * Erases a prospect's personal data once its inquiry ended long enough ago (see {@link ProspectFile}). {@code today}
     * is the firm's day, in {@code zone}: the day the inquiry ended is read in the same.
     */
    record EraseProspectPersonalData(@TargetAggregateIdentifier String inquiryId, LocalDate today, ZoneId zone,
                                     int retentionYears, String requestId, String erasedBy) {
    }

    record PlaceProspectLegalHold(@TargetAggregateIdentifier String inquiryId, String holdId, String reason,
                                  LocalDate placedOn, String placedBy) {
    }

    record LiftProspectLegalHold(@TargetAggregateIdentifier String inquiryId, String holdId, LocalDate liftedOn,
                                 String liftedBy) {
    }
}
