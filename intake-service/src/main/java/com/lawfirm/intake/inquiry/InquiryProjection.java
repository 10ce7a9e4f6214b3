package com.lawfirm.intake.inquiry;

import com.lawfirm.events.intake.AssessmentRecorded;
import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ConflictCheckRequested;
import com.lawfirm.events.intake.DocumentReceived;
import com.lawfirm.events.intake.DocumentRequested;
import com.lawfirm.events.intake.InquiryConflictCleared;
import com.lawfirm.events.intake.InquiryContactLogged;
import com.lawfirm.events.intake.InquiryDeclined;
import com.lawfirm.events.intake.InquiryNeedIdentified;
import com.lawfirm.events.intake.InquiryOpened;
import com.lawfirm.events.intake.InquiryWithdrawn;
import com.lawfirm.events.intake.InterviewRecorded;
import com.lawfirm.events.intake.ProposalAccepted;
import com.lawfirm.events.intake.ProposalDrafted;
import com.lawfirm.events.intake.ProposalRejected;
import com.lawfirm.events.intake.ProspectLegalHoldLifted;
import com.lawfirm.events.intake.ProspectLegalHoldPlaced;
import com.lawfirm.events.intake.ProspectPersonalDataErased;
import com.lawfirm.intake.inquiry.InquiryView.CheckStatus;
import com.lawfirm.intake.inquiry.InquiryView.ConflictCheck;
import com.lawfirm.intake.inquiry.InquiryView.Document;
import com.lawfirm.intake.inquiry.InquiryView.Proposal;
import com.lawfirm.intake.inquiry.InquiryView.ProposalStatus;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/** Keeps the inquiry read model, one document per inquiry, versioned by the inquiry's event sequence. */
@Component
@ProcessingGroup("inquiries")
class InquiryProjection {

    static final String COLLECTION = "inquiries";

    private final ReadModelStore store;

    private final ZoneId zone;

    /** {@code clock}: its zone is the firm's, an inquiry's month is the firm's month. */
    InquiryProjection(ReadModelStore store, Clock clock) {
        this.store = store;
        this.zone = clock.getZone();
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(InquiryOpened e, @SequenceNumber long seq, @Timestamp Instant at) {
        InquiryView v = new InquiryView();
        v.inquiryId = e.inquiryId();
        v.stage = InquiryStage.OPEN;
        v.active = true;
        v.source = e.source();
        v.prospect = e.prospect();
        v.roughNeed = e.roughNeed();
        v.owner = e.owner();
        v.existingClientId = e.existingClientId();
        v.openedAt = at;
        v.openedMonth = at.atZone(zone).toLocalDate().toString().substring(0, 7);
        v.lastActivityMillis = at.toEpochMilli();
        store.upsert(COLLECTION, e.inquiryId(), seq, v);
    }

    @EventHandler
    void on(InquiryContactLogged e, @SequenceNumber long seq, @Timestamp Instant at, @MetaDataValue("userId") String user) {
        change(e.inquiryId(), seq, at, v -> v.contacts.add(
                new InquiryView.ContactEntry(e.channel(), e.at(), e.withWhom(), e.summary(), user)));
    }

    @EventHandler
    void on(InquiryNeedIdentified e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.inquiryId(), seq, at, v -> {
            v.coreNeed = e.coreNeed();
            v.background = e.background();
        });
    }

    @EventHandler
    void on(ConflictCheckRequested e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.inquiryId(), seq, at, v -> {
            v.stage = InquiryStage.CONFLICT_CHECK_PENDING;
            v.conflictCheck = new ConflictCheck(e.checkId(), CheckStatus.PENDING, e.parties(), List.of());
        });
    }

    @EventHandler
    void on(InquiryConflictCleared e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.inquiryId(), seq, at, v -> {
            v.stage = InquiryStage.CLEARED;
            v.conflictCheck = new ConflictCheck(e.checkId(), CheckStatus.CLEARED, v.conflictCheck.parties(), e.waivers());
        });
    }

    @EventHandler
    void on(InquiryDeclined e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.inquiryId(), seq, at, v -> {
            v.stage = InquiryStage.DECLINED;
            v.active = false;
            v.declineReason = e.reason();
            v.declineNote = e.internalNote();
            if (v.conflictCheck != null && v.conflictCheck.status() == CheckStatus.PENDING) {
                v.conflictCheck = new ConflictCheck(v.conflictCheck.checkId(), CheckStatus.DECLINED,
                        v.conflictCheck.parties(), List.of());
            }
        });
    }

    @EventHandler
    void on(InquiryWithdrawn e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.inquiryId(), seq, at, v -> {
            v.stage = InquiryStage.WITHDRAWN;
            v.active = false;
            v.withdrawalReason = e.reason();
        });
    }

    @EventHandler
    void on(InterviewRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.inquiryId(), seq, at, v -> v.interviews.add(e));
    }

    @EventHandler
    void on(DocumentRequested e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.inquiryId(), seq, at, v -> v.documents.add(
                new Document(e.documentId(), e.description(), e.dueBy(), null, null)));
    }

    @EventHandler
    void on(DocumentReceived e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.inquiryId(), seq, at, v -> v.documents.replaceAll(d -> d.documentId().equals(e.documentId())
                ? new Document(d.documentId(), d.description(), d.dueBy(), e.receivedOn(), e.note()) : d));
    }

    @EventHandler
    void on(AssessmentRecorded e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.inquiryId(), seq, at, v -> v.assessment = e);
    }

    @EventHandler
    void on(ProposalDrafted e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.inquiryId(), seq, at, v -> v.proposals.add(new Proposal(e.version(), e.objectives(), e.scope(),
                e.strategy(), e.expectedOutcome(), e.quote(), ProposalStatus.DRAFTED, null)));
    }

    @EventHandler
    void on(ProposalAccepted e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.inquiryId(), seq, at, v -> {
            v.stage = InquiryStage.PROPOSAL_ACCEPTED;
            v.acceptedVersion = e.version();
            setStatus(v, e.version(), ProposalStatus.ACCEPTED, null);
        });
    }

    @EventHandler
    void on(ProposalRejected e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.inquiryId(), seq, at, v -> setStatus(v, e.version(), ProposalStatus.REJECTED, e.reason()));
    }

    /** A hold on the records is no step of the inquiry: it leaves its last activity alone. */
    @EventHandler
    void on(ProspectLegalHoldPlaced e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.inquiryId(), seq, InquiryView.class, v -> v.legalHolds.add(
                new InquiryView.LegalHold(e.holdId(), e.reason(), e.placedOn(), e.placedBy())));
    }

    @EventHandler
    void on(ProspectLegalHoldLifted e, @SequenceNumber long seq) {
        store.change(COLLECTION, e.inquiryId(), seq, InquiryView.class,
                v -> v.legalHolds.removeIf(hold -> hold.holdId().equals(e.holdId())));
    }

    /**
     * The prospect's data and the inquiry's records of each erased inquiry go now, as they will read on any replay. The erasure comes years
     * after an inquiry's last event, so nothing else writes these documents meanwhile; their versions stay.
     */
    @EventHandler
    void on(ClientPersonalDataErased e) {
        eraseProspects(e.subjects());
    }

    @EventHandler
    void on(ProspectPersonalDataErased e) {
        eraseProspects(e.subjects());
    }

    private void eraseProspects(List<String> subjects) {
        for (String subject : subjects) {
            store.rewrite(COLLECTION, subject, InquiryView.class, ErasedInquiry::erase);
        }
    }

    private static void setStatus(InquiryView v, int version, ProposalStatus status, String reason) {
        v.proposals.replaceAll(p -> p.version() == version ? new Proposal(p.version(), p.objectives(), p.scope(),
                p.strategy(), p.expectedOutcome(), p.quote(), status, reason) : p);
    }

    /** Every recorded step counts as activity: an inquiry is stale when nothing happened on it for a while. */
    private void change(String inquiryId, long seq, Instant at, Consumer<InquiryView> change) {
        store.change(COLLECTION, inquiryId, seq, InquiryView.class, change.andThen(
                v -> v.lastActivityMillis = Math.max(v.lastActivityMillis, at.toEpochMilli())));
    }
}
