package com.lawfirm.kit.privacy;

import com.lawfirm.events.conflict.TeamMemberConflictChecked;
import com.lawfirm.events.intake.AssessmentRecorded;
import com.lawfirm.events.intake.Difficulty;
import com.lawfirm.events.intake.InterviewRecorded;
import com.lawfirm.events.matter.AuthorizationDecision;
import com.lawfirm.events.matter.ClientAuthorizationRequested;
import com.lawfirm.events.matter.ClientReferralRecorded;
import com.lawfirm.events.matter.MemberConflictCheckRecorded;
import com.lawfirm.events.matter.ProgressReportSent;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.testing.TestStack;
import org.axonframework.serialization.SerializedObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the firm writes about a person (an inquiry's notes, a matter's records of its client) is sealed under the
 * inquiry or the matter, and reads as erased once that key is gone; the rest of the record stays.
 */
class FirmNotesSealingTest {

    private static final String NAME = "王小明";

    private SubjectKeys keys;
    private PersonalDataSerializer serializer;

    @BeforeEach
    void keyStore() {
        SealingStore store = new SealingStore();
        keys = store.keys(TestStack.MASTER_KEY);
        keys.createStore();
        serializer = store.serializer(keys);
    }

    /** What the firm notes of an inquiry (an interview, an assessment) names the prospect: sealed under the inquiry. */
    @Test
    void anInquirysNotesAreSealedUnderItAndGoWithIt() {
        String inquiry = UUID.randomUUID().toString();
        InterviewRecorded interview = new InterviewRecorded(inquiry, "iv-1", LocalDate.of(2026, 11, 3),
                List.of(NAME, "wen.jun"), NAME + " 陈述了解雇经过 told how he was dismissed", true);
        AssessmentRecorded assessment = new AssessmentRecorded(inquiry, List.of(NAME + " 的解雇是否违法"), List.of("加班时长"),
                List.of("缺少书面证据"), 40, 60, Difficulty.MEDIUM, NAME + " 的工资流水");

        SerializedObject<String> storedInterview = serializer.serialize(interview, String.class);
        SerializedObject<String> storedAssessment = serializer.serialize(assessment, String.class);
        assertThat(storedInterview.getData()).doesNotContain(NAME).doesNotContain("wen.jun").contains("iv-1");
        assertThat(storedAssessment.getData()).doesNotContain(NAME).doesNotContain("加班时长").contains("MEDIUM");
        assertThat((InterviewRecorded) serializer.deserialize(storedInterview)).isEqualTo(interview);
        assertThat((AssessmentRecorded) serializer.deserialize(storedAssessment)).isEqualTo(assessment);

        keys.destroy(List.of(inquiry));
        InterviewRecorded erased = serializer.deserialize(storedInterview);
        assertThat(erased.content()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.attendees()).isEmpty();
        assertThat(erased.confirmedByClient()).isTrue();
        AssessmentRecorded erasedAssessment = serializer.deserialize(storedAssessment);
        assertThat(erasedAssessment.legalIssues()).isEmpty();
        assertThat(erasedAssessment.resourcesNeeded()).isEqualTo(PersonalData.ERASED);
        assertThat(erasedAssessment.successLikelyToPercent()).isEqualTo(60);
    }

    /** A matter's records of its client (a report, a settlement asked for) are sealed under the matter, erased with it. */
    @Test
    void aMattersRecordsOfItsClientAreSealedUnderTheMatterAndGoWithIt() {
        String matter = UUID.randomUUID().toString();
        ProgressReportSent report = new ProgressReportSent(matter, "r-1", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30),
                NAME + " 案：已提交起诉状", "EMAIL", "wen.jun", LocalDate.of(2026, 7, 1));
        ClientAuthorizationRequested asked = new ClientAuthorizationRequested(matter, "a-1", AuthorizationDecision.SETTLEMENT,
                NAME + " 是否接受和解", List.of("接受", "拒绝"), "建议接受", "wen.jun", LocalDate.of(2026, 7, 2));

        SerializedObject<String> storedReport = serializer.serialize(report, String.class);
        SerializedObject<String> storedAsk = serializer.serialize(asked, String.class);
        assertThat(storedReport.getData()).doesNotContain(NAME).contains("wen.jun").contains("EMAIL");
        assertThat(storedAsk.getData()).doesNotContain(NAME).doesNotContain("建议接受").contains("SETTLEMENT");
        assertThat((ProgressReportSent) serializer.deserialize(storedReport)).isEqualTo(report);
        assertThat((ClientAuthorizationRequested) serializer.deserialize(storedAsk)).isEqualTo(asked);

        keys.destroy(List.of(matter));
        assertThat(((ProgressReportSent) serializer.deserialize(storedReport)).content()).isEqualTo(PersonalData.ERASED);
        ClientAuthorizationRequested erased = serializer.deserialize(storedAsk);
        assertThat(erased.question()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.options()).isEmpty();
        assertThat(erased.requestedBy()).isEqualTo("wen.jun");
    }

    /**
     * A team member's check findings name the matter's parties, its client among them: sealed under the matter. What a
     * client says a referred person needs is the referred person's: sealed under the inquiry the referral opens.
     */
    @Test
    void aMembersFindingsAndAReferralsNeedAreSealedWithTheirSubject() {
        String matter = UUID.randomUUID().toString();
        String inquiry = ClientReferralRecorded.inquiryIdOf("ref-1");
        TeamMemberConflictChecked checked = new TeamMemberConflictChecked("chk-1", matter, "s-7", false,
                List.of("亲属 relative of " + NAME));
        MemberConflictCheckRecorded recorded = new MemberConflictCheckRecorded(matter, "s-7", false,
                List.of("亲属 relative of " + NAME));
        ClientReferralRecorded referral = new ClientReferralRecorded(matter, "ref-1", inquiry, "c-1", "某公司",
                PartyKind.PERSON, "李四", List.of(), NAME + " 的朋友需要离婚咨询 a divorce", "wen.jun",
                LocalDate.of(2026, 8, 1));

        List<SerializedObject<String>> stored = List.of(serializer.serialize(checked, String.class),
                serializer.serialize(recorded, String.class), serializer.serialize(referral, String.class));
        assertThat(stored).allSatisfy(s -> assertThat(s.getData()).doesNotContain(NAME));
        assertThat((TeamMemberConflictChecked) serializer.deserialize(stored.get(0))).isEqualTo(checked);
        assertThat((ClientReferralRecorded) serializer.deserialize(stored.get(2))).isEqualTo(referral);

        keys.destroy(List.of(matter, inquiry));
        assertThat(((TeamMemberConflictChecked) serializer.deserialize(stored.get(0))).findings()).isEmpty();
        MemberConflictCheckRecorded erased = serializer.deserialize(stored.get(1));
        assertThat(erased.findings()).isEmpty();
        assertThat(erased.clear()).isFalse();
        assertThat(((ClientReferralRecorded) serializer.deserialize(stored.get(2))).need()).isEqualTo(PersonalData.ERASED);
    }
}
