package com.lawfirm.conflict.check;

import com.lawfirm.conflict.check.CheckCommands.CompleteConflictCheck;
import com.lawfirm.conflict.check.CheckCommands.RecordWaiver;
import com.lawfirm.conflict.check.CheckCommands.ReviewConflictCheck;
import com.lawfirm.events.conflict.AbsoluteConflict;
import com.lawfirm.events.conflict.ConflictAssessment;
import com.lawfirm.events.conflict.ConflictCheckCleared;
import com.lawfirm.events.conflict.ConflictCheckCompleted;
import com.lawfirm.events.conflict.ConflictCheckDeclined;
import com.lawfirm.events.conflict.ConflictCheckReviewed;
import com.lawfirm.events.conflict.FrozenHit;
import com.lawfirm.events.conflict.HitMatter;
import com.lawfirm.events.conflict.Waiver;
import com.lawfirm.events.conflict.WaiverRecorded;
import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.party.PartyKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.lawfirm.kit.testing.Refusals.invalidField;
import static com.lawfirm.kit.testing.Refusals.ruleViolation;

class ConflictCheckTest {

    private static final String ID = "check-1";
    private static final List<CheckedParty> PARTIES = List.of(new CheckedParty(CheckRole.PROSPECTIVE_CLIENT,
            PartyKind.ORGANIZATION, "长沙精和环保科技有限公司", List.of(), List.of()));
    private static final FrozenHit HIT = new FrozenHit(0, "NAME", 0.95, "name", "长沙精和环保科技有限公司",
            "长沙精和环保科技有限公司", "same name", List.of(new HitMatter("T-0001", "Matter T-0001", "OPEN", "LITIGATION", "ADVERSE",
                    "2025-03-01", null, "王律师")),
            null, null, null, null, List.of(), null);
    private static final Waiver WAIVER = new Waiver("杭州澜海智能科技有限公司", "waiver-017.pdf", true, List.of("zhou.lei"));

    private AggregateTestFixture<ConflictCheck> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ConflictCheck.class);
    }

    private static ConflictCheckCompleted completed(List<FrozenHit> hits) {
        return new ConflictCheckCompleted(ID, "inq-1", "INQUIRY", PARTIES, "matcher-1", Map.of("lawfirm.intake.events-0", 12L), hits, List.of());
    }

    private static ConflictCheckReviewed waiverReview() {
        return new ConflictCheckReviewed(ID, ConflictAssessment.WAIVER_REQUIRED, "zhou.lei", "相对冲突", List.of("杭州澜海智能科技有限公司"));
    }

    @Test
    void theSearchResultIsFrozenIntoTheHistory() {
        fixture.givenNoPriorActivity()
                .when(new CompleteConflictCheck(ID, "inq-1", "INQUIRY", PARTIES, "matcher-1", Map.of("lawfirm.intake.events-0", 12L), List.of(HIT), List.of()))
                .expectEvents(completed(List.of(HIT)));
    }

    @Test
    void aCleanCheckIsClearedAtOnce() {
        fixture.given(completed(List.of()))
                .when(new ReviewConflictCheck(ID, ConflictAssessment.CLEAR, "zhou.lei", null, null))
                .expectEvents(new ConflictCheckReviewed(ID, ConflictAssessment.CLEAR, "zhou.lei", null, List.of()),
                        new ConflictCheckCleared(ID, "inq-1", List.of()));
    }

    @Test
    void clearingDespiteHitsNeedsReasons() {
        fixture.given(completed(List.of(HIT)))
                .when(new ReviewConflictCheck(ID, ConflictAssessment.CLEAR, "zhou.lei", " ", null))
                .expectNoEvents().expectException(invalidField("reasoning"));
    }

    @Test
    void anAbsoluteConflictDeclines() {
        fixture.given(completed(List.of(HIT)))
                .when(new ReviewConflictCheck(ID, ConflictAssessment.ABSOLUTE, "zhou.lei", "双方代理", null))
                .expectEvents(new ConflictCheckReviewed(ID, ConflictAssessment.ABSOLUTE, "zhou.lei", "双方代理", List.of()),
                        new ConflictCheckDeclined(ID, "inq-1", "双方代理"));
    }

    @Test
    void aRelativeConflictClearsWhenEveryRequiredWaiverIsIn() {
        fixture.given(completed(List.of(HIT)))
                .when(new ReviewConflictCheck(ID, ConflictAssessment.WAIVER_REQUIRED, "zhou.lei", "相对冲突", List.of("杭州澜海智能科技有限公司")))
                .expectEvents(waiverReview());
        fixture.given(completed(List.of(HIT)), waiverReview())
                .when(new RecordWaiver(ID, WAIVER))
                .expectEvents(new WaiverRecorded(ID, WAIVER), new ConflictCheckCleared(ID, "inq-1", List.of(WAIVER)));
    }

    @Test
    void waiversAreOnlyTakenFromThePartiesAskedAndWallsNameTheirStaff() {
        fixture.given(completed(List.of(HIT)), waiverReview())
                .when(new RecordWaiver(ID, new Waiver("别人", "w.pdf", false, List.of())))
                .expectNoEvents().expectException(invalidField("partyName"));
        fixture.given(completed(List.of(HIT)), waiverReview())
                .when(new RecordWaiver(ID, new Waiver("杭州澜海智能科技有限公司", "w.pdf", true, List.of())))
                .expectNoEvents().expectException(invalidField("screenedStaff"));
        fixture.given(completed(List.of(HIT)))
                .when(new RecordWaiver(ID, WAIVER))
                .expectNoEvents().expectException(ruleViolation("no-waiver-pending"));
        fixture.given(completed(List.of(HIT)))
                .when(new ReviewConflictCheck(ID, ConflictAssessment.WAIVER_REQUIRED, "zhou.lei", "相对冲突", List.of()))
                .expectNoEvents().expectException(invalidField("waiversRequiredFrom"));
    }

    @Test
    void anAbsoluteConflictFoundByTheRulesCanOnlyBeDeclined() {
        AbsoluteConflict bothSides = new AbsoluteConflict("both-sides-of-one-matter", "律师执业行为规范 第51条",
                "acting for both sides of one matter", "T-0001");
        ConflictCheckCompleted absolute = new ConflictCheckCompleted(ID, "inq-1", "INQUIRY", PARTIES, "matcher-2",
                Map.of(), List.of(HIT), List.of(bothSides));
        fixture.given(absolute)
                .when(new ReviewConflictCheck(ID, ConflictAssessment.WAIVER_REQUIRED, "zhou.lei", "相对冲突", List.of("杭州澜海智能科技有限公司")))
                .expectNoEvents().expectException(ruleViolation("absolute-conflict"));
        fixture.given(absolute)
                .when(new ReviewConflictCheck(ID, ConflictAssessment.CLEAR, "zhou.lei", "看似无碍", null))
                .expectNoEvents().expectException(ruleViolation("absolute-conflict"));
        fixture.given(absolute)
                .when(new ReviewConflictCheck(ID, ConflictAssessment.ABSOLUTE, "zhou.lei", "双方代理", null))
                .expectEvents(new ConflictCheckReviewed(ID, ConflictAssessment.ABSOLUTE, "zhou.lei", "双方代理", List.of()),
                        new ConflictCheckDeclined(ID, "inq-1", "双方代理"));
    }

    @Test
    void aCheckIsDecidedOnce() {
        fixture.given(completed(List.of()), new ConflictCheckReviewed(ID, ConflictAssessment.CLEAR, "zhou.lei", null, List.of()),
                        new ConflictCheckCleared(ID, "inq-1", List.of()))
                .when(new ReviewConflictCheck(ID, ConflictAssessment.ABSOLUTE, "zhou.lei", "again", null))
                .expectNoEvents().expectException(ruleViolation("check-already-decided"));
    }
}
