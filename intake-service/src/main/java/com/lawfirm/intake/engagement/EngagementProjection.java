package com.lawfirm.intake.engagement;

import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.EngagementDrafted;
import com.lawfirm.events.intake.EngagementFeeTermsDecided;
import com.lawfirm.events.intake.EngagementReviewed;
import com.lawfirm.events.intake.EngagementRevised;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.EngagementSignedBy;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.ProspectPersonalDataErased;
import com.lawfirm.events.intake.SigningSide;
import com.lawfirm.events.privacy.Erased;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.Consumer;

/** Keeps the engagement read model, one document per engagement, versioned by its event sequence. */
@Component
@ProcessingGroup("engagements")
class EngagementProjection {

    static final String COLLECTION = "engagements";

    private final ReadModelStore store;

    EngagementProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(EngagementDrafted e, @SequenceNumber long seq, @Timestamp Instant at) {
        EngagementView v = new EngagementView();
        v.engagementId = e.engagementId();
        v.inquiryId = e.inquiryId();
        v.proposalVersion = e.proposalVersion();
        v.clientId = e.clientId();
        v.clientName = e.clientName();
        v.parties = e.parties();
        v.terms = e.terms();
        v.termsVersion = e.termsVersion();
        v.status = EngagementView.Status.DRAFT;
        v.draftedAt = at;
        store.upsert(COLLECTION, e.engagementId(), seq, v);
    }

    @EventHandler
    void on(EngagementRevised e, @SequenceNumber long seq) {
        change(e.engagementId(), seq, v -> {
            v.terms = e.terms();
            v.termsVersion = e.termsVersion();
            v.review = null;
            v.feeDecision = null;
        });
    }

    @EventHandler
    void on(EngagementReviewed e, @SequenceNumber long seq) {
        change(e.engagementId(), seq, v -> v.review =
                new EngagementView.Review(e.termsVersion(), e.decision(), e.reviewer(), e.comments()));
    }

    @EventHandler
    void on(EngagementFeeTermsDecided e, @SequenceNumber long seq) {
        change(e.engagementId(), seq, v -> v.feeDecision = new EngagementView.FeeDecision(e.termsVersion(), e.approved(),
                e.ruleSet(), e.failedRule(), e.explanation()));
    }

    @EventHandler
    void on(EngagementSignedBy e, @SequenceNumber long seq) {
        change(e.engagementId(), seq, v -> {
            v.status = EngagementView.Status.SIGNING;
            EngagementView.Signature signature = new EngagementView.Signature(e.signatory(), e.signedOn());
            if (e.side() == SigningSide.CLIENT) {
                v.clientSignature = signature;
            } else {
                v.firmSignature = signature;
            }
        });
    }

    @EventHandler
    void on(EngagementSigned e, @SequenceNumber long seq, @Timestamp Instant at) {
        change(e.engagementId(), seq, v -> {
            v.status = EngagementView.Status.SIGNED;
            v.signedAt = at;
            if (e.clientId() != null) {
                v.clientId = e.clientId(); // a prospect's contract binds the client it was registered as
            }
        });
    }

    /**
     * The client's name, party and signature, the terms' clauses in words and the review's comments go from its
     * engagements, as any replay reads them.
     */
    @EventHandler
    void on(ClientPersonalDataErased e) {
        store.findAll(COLLECTION, ReadModelQuery.all().eq("clientId", e.clientId()), EngagementView.class)
                .forEach(engagement -> eraseClient(engagement.engagementId));
    }

    /** An erased prospect's engagement, drafted from its inquiry and never signed, is among the erased subjects. */
    @EventHandler
    void on(ProspectPersonalDataErased e) {
        e.subjects().forEach(this::eraseClient);
    }

    private void eraseClient(String engagementId) {
        store.rewrite(COLLECTION, engagementId, EngagementView.class, v -> {
            v.clientName = PersonalData.ERASED;
            v.parties = v.parties == null ? null : v.parties.stream().map(Erased::clientParty).toList();
            if (v.clientSignature != null) {
                v.clientSignature = new EngagementView.Signature(PersonalData.ERASED, v.clientSignature.signedOn());
            }
            if (v.terms != null) {
                EngagementTerms t = v.terms;
                v.terms = new EngagementTerms(Erased.text(t.matterDescription()), t.matterType(), Erased.text(t.scope()),
                        t.termStart(), t.termEnd(), t.fee(), t.paymentSchedule(), Erased.text(t.rightsAndDuties()),
                        Erased.text(t.liability()), Erased.text(t.disputeResolution()),
                        Erased.text(t.contingencyClause()));
            }
            if (v.review != null) {
                v.review = new EngagementView.Review(v.review.termsVersion(), v.review.decision(), v.review.reviewer(),
                        Erased.text(v.review.comments()));
            }
        });
    }

    private void change(String id, long seq, Consumer<EngagementView> change) {
        store.change(COLLECTION, id, seq, EngagementView.class, change);
    }
}
