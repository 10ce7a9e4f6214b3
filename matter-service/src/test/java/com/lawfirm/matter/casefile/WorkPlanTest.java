package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.AnswerChannel;
import com.lawfirm.events.matter.PlanItem;
import com.lawfirm.events.matter.PlanItemCompleted;
import com.lawfirm.events.matter.PlanItemKind;
import com.lawfirm.events.matter.WorkPlanConfirmed;
import com.lawfirm.events.matter.WorkPlanDrafted;
import com.lawfirm.matter.casefile.MatterCommands.CompletePlanItem;
import com.lawfirm.matter.casefile.MatterCommands.ConfirmWorkPlan;
import com.lawfirm.matter.casefile.MatterCommands.DraftWorkPlan;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.lawfirm.kit.testing.Refusals.invalidField;
import static com.lawfirm.kit.testing.Refusals.ruleViolation;
import static com.lawfirm.matter.casefile.MatterFixtures.DAY;
import static com.lawfirm.matter.casefile.MatterFixtures.MATTER;
import static com.lawfirm.matter.casefile.MatterFixtures.OPENED;

class WorkPlanTest {

    private static final PlanItem EVIDENCE = new PlanItem("t-1", PlanItemKind.TASK, "整理证据目录 Evidence index", "li.na",
            DAY.plusDays(10));
    private static final PlanItem HEARING = new PlanItem("t-2", PlanItemKind.MILESTONE, "一审开庭 First hearing", "li.na",
            DAY.plusDays(60));

    private final AggregateTestFixture<Matter> fixture = MatterFixtures.fixture();
    private final WorkPlanDrafted first = new WorkPlanDrafted(MATTER, 1, List.of(EVIDENCE, HEARING), "li.na", DAY);
    private final WorkPlanConfirmed confirmed = new WorkPlanConfirmed(MATTER, 1, "周总", AnswerChannel.WRITTEN,
            "letter:2026-120", DAY);

    @Test
    void eachDraftIsANewVersionAndTheClientConfirmsTheCurrentOne() {
        fixture.given(OPENED).when(new DraftWorkPlan(MATTER, List.of(EVIDENCE, HEARING), "li.na", DAY)).expectEvents(first);
        fixture.given(OPENED, first)
                .when(new ConfirmWorkPlan(MATTER, 1, "周总", AnswerChannel.WRITTEN, "letter:2026-120", DAY))
                .expectEvents(confirmed);
        fixture.given(OPENED, first, confirmed)
                .when(new ConfirmWorkPlan(MATTER, 1, "周总", AnswerChannel.WRITTEN, "letter:2026-120", DAY))
                .expectNoEvents();
    }

    @Test
    void aChangeAfterConfirmationNeedsANewConfirmation() {
        WorkPlanDrafted second = new WorkPlanDrafted(MATTER, 2, List.of(HEARING), "li.na", DAY);
        fixture.given(OPENED, first, confirmed).when(new DraftWorkPlan(MATTER, List.of(HEARING), "li.na", DAY))
                .expectEvents(second);
        fixture.given(OPENED, first, confirmed, second)
                .when(new ConfirmWorkPlan(MATTER, 1, "周总", AnswerChannel.WRITTEN, "old letter", DAY))
                .expectNoEvents().expectException(ruleViolation("work-plan-changed"));
        fixture.given(OPENED, first, confirmed, second)
                .when(new ConfirmWorkPlan(MATTER, 2, "周总", AnswerChannel.E_SIGNATURE, "esign:91", DAY))
                .expectEvents(new WorkPlanConfirmed(MATTER, 2, "周总", AnswerChannel.E_SIGNATURE, "esign:91", DAY));
        fixture.given(OPENED).when(new ConfirmWorkPlan(MATTER, 1, "周总", AnswerChannel.WRITTEN, "x", DAY))
                .expectNoEvents().expectException(ruleViolation("no-work-plan"));
    }

    @Test
    void aPlanHasItemsWithTheirOwnIdsAndOnlyItsItemsAreCompleted() {
        fixture.given(OPENED).when(new DraftWorkPlan(MATTER, List.of(), "li.na", DAY))
                .expectNoEvents().expectException(invalidField("items"));
        fixture.given(OPENED).when(new DraftWorkPlan(MATTER, List.of(EVIDENCE, EVIDENCE), "li.na", DAY))
                .expectNoEvents().expectException(invalidField("items"));
        PlanItemCompleted done = new PlanItemCompleted(MATTER, "t-1", DAY);
        fixture.given(OPENED, first).when(new CompletePlanItem(MATTER, "t-1", DAY)).expectEvents(done);
        fixture.given(OPENED, first, done).when(new CompletePlanItem(MATTER, "t-1", DAY)).expectNoEvents();
        fixture.given(OPENED, first).when(new CompletePlanItem(MATTER, "t-9", DAY))
                .expectNoEvents().expectException(ruleViolation("plan-item-unknown"));
    }
}
