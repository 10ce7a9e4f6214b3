package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.CaseConferenceHeld;
import com.lawfirm.events.matter.ChecklistResult;
import com.lawfirm.events.matter.CorrectiveAction;
import com.lawfirm.events.matter.CorrectiveActionCompleted;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.QualityReviewKind;
import com.lawfirm.events.matter.QualityReviewRecorded;
import com.lawfirm.matter.casefile.MatterCommands.CompleteCorrectiveAction;
import com.lawfirm.matter.casefile.MatterCommands.HoldCaseConference;
import com.lawfirm.matter.casefile.MatterCommands.RecordQualityReview;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.lawfirm.kit.testing.Refusals.invalidField;
import static com.lawfirm.kit.testing.Refusals.ruleViolation;
import static com.lawfirm.matter.casefile.MatterFixtures.DAY;
import static com.lawfirm.matter.casefile.MatterFixtures.MATTER;
import static com.lawfirm.matter.casefile.MatterFixtures.OPENED;

class QualityFileTest {

    private final AggregateTestFixture<Matter> fixture = MatterFixtures.fixture();
    private final QualityReviewRecorded review = new QualityReviewRecorded(MATTER, "q-1", QualityReviewKind.SPOT_CHECK,
            "zhao.min", List.of(new ChecklistResult("委托手续齐全 Engagement papers complete", false, "缺授权委托书")),
            "授权委托书未归档 Power of attorney not on file", 3,
            List.of(new CorrectiveAction("a-1", "补交授权委托书 File the power of attorney", "li.na", DAY.plusDays(5))), DAY);

    @Test
    void aConferenceHasAttendees() {
        fixture.given(OPENED)
                .when(new HoldCaseConference(MATTER, "c-1", DAY, List.of("li.na", "zhao.min"), List.of("是否申请财产保全？"),
                        List.of("申请保全 Apply for preservation")))
                .expectEvents(new CaseConferenceHeld(MATTER, "c-1", DAY, List.of("li.na", "zhao.min"),
                        List.of("是否申请财产保全？"), List.of("申请保全 Apply for preservation")));
        fixture.given(OPENED).when(new HoldCaseConference(MATTER, "c-2", DAY, List.of(), null, null))
                .expectNoEvents().expectException(invalidField("attendees"));
    }

    @Test
    void aReviewsCorrectiveActionsStayOpenUntilDoneEvenAfterClosing() {
        fixture.given(OPENED)
                .when(new RecordQualityReview(MATTER, "q-1", QualityReviewKind.SPOT_CHECK, "zhao.min", review.checklist(),
                        review.findings(), 3, review.actions(), DAY))
                .expectEvents(review);
        CorrectiveActionCompleted done = new CorrectiveActionCompleted(MATTER, "q-1", "a-1", DAY);
        fixture.given(OPENED, review, new MatterClosed(MATTER, "结案", DAY, "免收 waived", DAY, DAY.plusMonths(3)))
                .when(new CompleteCorrectiveAction(MATTER, "q-1", "a-1", DAY))
                .expectEvents(done);
        fixture.given(OPENED, review, done).when(new CompleteCorrectiveAction(MATTER, "q-1", "a-1", DAY)).expectNoEvents();
        fixture.given(OPENED, review).when(new CompleteCorrectiveAction(MATTER, "q-1", "a-2", DAY))
                .expectNoEvents().expectException(ruleViolation("corrective-action-unknown"));
    }
}
