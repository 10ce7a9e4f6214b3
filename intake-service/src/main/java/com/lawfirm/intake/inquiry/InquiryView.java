package com.lawfirm.intake.inquiry;

import com.lawfirm.events.conflict.Waiver;
import com.lawfirm.events.intake.AssessmentRecorded;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.ContactChannel;
import com.lawfirm.events.intake.DeclineReason;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.InterviewRecorded;
import com.lawfirm.events.intake.Prospect;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The inquiry read model: one document per inquiry, for the pipeline board and the inquiry's page. A mutable
 * document because every event changes a small part of it; {@code lastActivityMillis} is a number so that the stale
 * query is a range, and {@code stale} itself is decided when read (it depends on today).
 */
public class InquiryView {

    public enum CheckStatus { PENDING, CLEARED, DECLINED }

    public enum ProposalStatus { DRAFTED, ACCEPTED, REJECTED }

    public record ContactEntry(ContactChannel channel, Instant at, String withWhom, String summary, String loggedBy) {
    }

    public record ConflictCheck(String checkId, CheckStatus status, List<CheckedParty> parties, List<Waiver> waivers) {
    }

    public record Document(String documentId, String description, LocalDate dueBy, LocalDate receivedOn, String note) {
    }

    public record Proposal(int version, String objectives, String scope, String strategy, String expectedOutcome,
                           FeeQuote quote, ProposalStatus status, String rejectionReason) {
    }

    /** keeps the prospect's records past the prospect retention until lifted */
    public record LegalHold(String holdId, String reason, LocalDate placedOn, String placedBy) {
    }

    public String inquiryId;
    public InquiryStage stage;
    public boolean active;
    public ClientSource source;
    public Prospect prospect;
    public String roughNeed;
    public String owner;
    public String existingClientId;
    public Instant openedAt;
    /** yyyy-MM of opening, for the source statistics */
    public String openedMonth;
    public long lastActivityMillis;
    public boolean stale;
    public List<ContactEntry> contacts = new ArrayList<>();
    public String coreNeed;
    public String background;
    public ConflictCheck conflictCheck;
    public List<InterviewRecorded> interviews = new ArrayList<>();
    public List<Document> documents = new ArrayList<>();
    public AssessmentRecorded assessment;
    public List<Proposal> proposals = new ArrayList<>();
    public Integer acceptedVersion;
    public DeclineReason declineReason;
    public String declineNote;
    public String withdrawalReason;
    public List<LegalHold> legalHolds = new ArrayList<>();
}
