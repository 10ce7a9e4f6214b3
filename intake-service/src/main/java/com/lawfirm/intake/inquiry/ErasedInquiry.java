package com.lawfirm.intake.inquiry;

import com.lawfirm.events.intake.AssessmentRecorded;
import com.lawfirm.events.intake.InterviewRecorded;
import com.lawfirm.events.privacy.Erased;
import com.lawfirm.intake.inquiry.InquiryView.ConflictCheck;
import com.lawfirm.intake.inquiry.InquiryView.ContactEntry;
import com.lawfirm.intake.inquiry.InquiryView.Document;
import com.lawfirm.intake.inquiry.InquiryView.Proposal;

import static com.lawfirm.events.privacy.Erased.list;
import static com.lawfirm.events.privacy.Erased.text;

/**
 * An inquiry's read model once its subject is erased, as a replay of events sealed when recorded reads it then: every
 * field sealed under the inquiry reads {@code ERASED} when it had text, a sealed list reads empty, and what was never
 * written stays absent. The rest (stage, dates, the fee quote, the owner) stays.
 */
final class ErasedInquiry {

    private ErasedInquiry() {
    }

    static void erase(InquiryView v) {
        v.prospect = Erased.prospect(v.prospect);
        v.roughNeed = text(v.roughNeed);
        v.contacts.replaceAll(c -> new ContactEntry(c.channel(), c.at(), text(c.withWhom()), text(c.summary()),
                c.loggedBy()));
        v.coreNeed = text(v.coreNeed);
        v.background = text(v.background);
        if (v.conflictCheck != null) {
            v.conflictCheck = new ConflictCheck(v.conflictCheck.checkId(), v.conflictCheck.status(),
                    v.conflictCheck.parties().stream().map(Erased::prospectiveClient).toList(), v.conflictCheck.waivers());
        }
        v.interviews.replaceAll(i -> new InterviewRecorded(i.inquiryId(), i.interviewId(), i.date(), list(i.attendees()),
                text(i.content()), i.confirmedByClient()));
        v.documents.replaceAll(d -> new Document(d.documentId(), text(d.description()), d.dueBy(), d.receivedOn(),
                text(d.note())));
        if (v.assessment != null) {
            AssessmentRecorded a = v.assessment;
            v.assessment = new AssessmentRecorded(a.inquiryId(), list(a.legalIssues()), list(a.disputedPoints()),
                    list(a.risks()), a.successLikelyFromPercent(), a.successLikelyToPercent(), a.difficulty(),
                    text(a.resourcesNeeded()));
        }
        v.proposals.replaceAll(p -> new Proposal(p.version(), text(p.objectives()), text(p.scope()), text(p.strategy()),
                text(p.expectedOutcome()), p.quote(), p.status(), text(p.rejectionReason())));
        v.declineNote = text(v.declineNote);
        v.withdrawalReason = text(v.withdrawalReason);
    }
}
