package com.lawfirm.intake.engagement;

import com.lawfirm.events.intake.EngagementDrafted;
import com.lawfirm.events.intake.EngagementFeeTermsDecided;
import com.lawfirm.events.intake.EngagementReviewed;
import com.lawfirm.events.intake.EngagementRevised;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.EngagementSignedBy;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.Instalment;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.intake.ReviewDecision;
import com.lawfirm.events.intake.SigningSide;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.intake.engagement.EngagementCommands.DraftEngagement;
import com.lawfirm.intake.engagement.EngagementCommands.RecordFeeTermsDecision;
import com.lawfirm.intake.engagement.EngagementCommands.ReviewEngagement;
import com.lawfirm.intake.engagement.EngagementCommands.ReviseEngagement;
import com.lawfirm.intake.engagement.EngagementCommands.SignEngagement;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.lawfirm.kit.testing.Refusals.invalidField;
import static com.lawfirm.kit.testing.Refusals.ruleViolation;

class EngagementTest {

    private static final String ID = "eng-1";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final List<MatterParty> PARTIES = List.of(
            new MatterParty(PartyRole.CLIENT, PartyKind.ORGANIZATION, "长沙精和环保科技有限公司", List.of(), List.of()),
            new MatterParty(PartyRole.ADVERSE, PartyKind.ORGANIZATION, "杭州澜海智能科技有限公司", List.of(), List.of()));
    private static final FeeQuote FIXED = new FeeQuote("CNY", List.of(
            new FeeComponent(FeeModel.FIXED, new BigDecimal("80000.00"), null, null, null, null, "一审")), null, "计件");
    private static final EngagementTerms TERMS = terms(FIXED, null);

    private AggregateTestFixture<Engagement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Engagement.class);
    }

    private static EngagementTerms terms(FeeQuote fee, String contingencyClause) {
        return new EngagementTerms("买卖合同纠纷一审代理", MatterType.CIVIL_LITIGATION, "一审诉讼", DAY, DAY.plusYears(1), fee,
                List.of(new Instalment("签约", DAY, new BigDecimal("80000.00"))), "双方权利义务", "责任限制", "杭州仲裁委员会",
                contingencyClause);
    }

    private static EngagementDrafted drafted() {
        return new EngagementDrafted(ID, "inq-1", 2, null, "长沙精和环保科技有限公司", PARTIES, TERMS, 1);
    }

    private static EngagementReviewed approved(int version) {
        return new EngagementReviewed(ID, version, ReviewDecision.APPROVED, "partner.zhang", "同意");
    }

    private static EngagementFeeTermsDecided feeApproved(int version) {
        return new EngagementFeeTermsDecided(ID, version, true, "CN-2026", null, null);
    }

    @Test
    void isDraftedAsTermsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new DraftEngagement(ID, "inq-1", 2, null, "长沙精和环保科技有限公司", PARTIES, TERMS))
                .expectEvents(drafted());
    }

    @Test
    void aDraftNamesTheClientAndStatesTheFee() {
        fixture.givenNoPriorActivity()
                .when(new DraftEngagement(ID, "inq-1", 2, null, "x", List.of(PARTIES.get(1)), TERMS))
                .expectNoEvents().expectException(invalidField("parties"));
        fixture.givenNoPriorActivity()
                .when(new DraftEngagement(ID, "inq-1", 2, null, "x", PARTIES, terms(new FeeQuote("CNY", List.of(), null, null), null)))
                .expectNoEvents().expectException(invalidField("fee"));
    }

    @Test
    void aContingencyFeeNeedsItsOwnClause() {
        FeeQuote contingency = new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.CONTINGENCY, new BigDecimal("10000.00"),
                null, null, new BigDecimal("15.00"), null, "回款 15%")), new BigDecimal("2000000.00"), "风险代理");
        fixture.givenNoPriorActivity()
                .when(new DraftEngagement(ID, "inq-1", 2, null, "x", PARTIES, terms(contingency, " ")))
                .expectNoEvents().expectException(invalidField("contingencyClause"));
    }

    @Test
    void theTermMustNotEndBeforeItStarts() {
        EngagementTerms backwards = new EngagementTerms("d", MatterType.CORPORATE, "s", DAY, DAY.minusDays(1), FIXED,
                List.of(), null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(new DraftEngagement(ID, "inq-1", 1, null, "x", PARTIES, backwards))
                .expectNoEvents().expectException(invalidField("termEnd"));
    }

    @Test
    void signingNeedsBothApprovals() {
        SignEngagement sign = new SignEngagement(ID, SigningSide.CLIENT, "王总", DAY);
        fixture.given(drafted()).when(sign)
                .expectNoEvents().expectException(ruleViolation("engagement-not-approved"));
        fixture.given(drafted(), approved(1)).when(sign)
                .expectNoEvents().expectException(ruleViolation("engagement-not-approved"));
        fixture.given(drafted(), feeApproved(1)).when(sign)
                .expectNoEvents().expectException(ruleViolation("engagement-not-approved"));
        fixture.given(drafted(), approved(1), new EngagementFeeTermsDecided(ID, 1, false, "CN-2026", "contingency-banned", "x"))
                .when(sign).expectNoEvents().expectException(ruleViolation("engagement-not-approved"));
        fixture.given(drafted(), new EngagementReviewed(ID, 1, ReviewDecision.RETURNED, "partner.zhang", "改"), feeApproved(1))
                .when(sign).expectNoEvents().expectException(ruleViolation("engagement-not-approved"));
    }

    @Test
    void whenBothSidesHaveSignedTheEngagementIsSigned() {
        fixture.given(drafted(), approved(1), feeApproved(1))
                .when(new SignEngagement(ID, SigningSide.CLIENT, "王总", DAY))
                .expectEvents(new EngagementSignedBy(ID, SigningSide.CLIENT, "王总", DAY));
        fixture.given(drafted(), approved(1), feeApproved(1), new EngagementSignedBy(ID, SigningSide.CLIENT, "王总", DAY))
                .when(new SignEngagement(ID, SigningSide.FIRM, "张合伙人", DAY.plusDays(1), "client-9"))
                .expectEvents(new EngagementSignedBy(ID, SigningSide.FIRM, "张合伙人", DAY.plusDays(1)),
                        new EngagementSigned(ID, "inq-1", "client-9", "长沙精和环保科技有限公司", PARTIES, TERMS, 1,
                                "王总", DAY, "张合伙人", DAY.plusDays(1)));
    }

    @Test
    void aClientsContractBindsTheClientItWasDraftedFor() {
        EngagementDrafted forAClient = new EngagementDrafted(ID, "inq-1", 2, "client-1", "长沙精和环保科技有限公司", PARTIES,
                TERMS, 1);
        fixture.given(forAClient, approved(1), feeApproved(1), new EngagementSignedBy(ID, SigningSide.FIRM, "张合伙人", DAY))
                .when(new SignEngagement(ID, SigningSide.CLIENT, "王总", DAY, "client-9"))
                .expectEvents(new EngagementSignedBy(ID, SigningSide.CLIENT, "王总", DAY),
                        new EngagementSigned(ID, "inq-1", "client-1", "长沙精和环保科技有限公司", PARTIES, TERMS, 1,
                                "王总", DAY, "张合伙人", DAY));
    }

    @Test
    void aProspectsContractIsNotCompletedWithoutTheClientItBinds() {
        fixture.given(drafted(), approved(1), feeApproved(1), new EngagementSignedBy(ID, SigningSide.CLIENT, "王总", DAY))
                .when(new SignEngagement(ID, SigningSide.FIRM, "张合伙人", DAY))
                .expectNoEvents().expectException(IllegalStateException.class);
    }

    @Test
    void eachSideSignsOnce() {
        fixture.given(drafted(), approved(1), feeApproved(1), new EngagementSignedBy(ID, SigningSide.CLIENT, "王总", DAY))
                .when(new SignEngagement(ID, SigningSide.CLIENT, "王总", DAY))
                .expectNoEvents().expectException(ruleViolation("already-signed"));
    }

    @Test
    void aRevisionNeedsFreshApprovals() {
        fixture.given(drafted(), approved(1), feeApproved(1))
                .when(new ReviseEngagement(ID, TERMS))
                .expectEvents(new EngagementRevised(ID, TERMS, 2));
        fixture.given(drafted(), approved(1), feeApproved(1), new EngagementRevised(ID, TERMS, 2))
                .when(new SignEngagement(ID, SigningSide.CLIENT, "王总", DAY))
                .expectNoEvents().expectException(ruleViolation("engagement-not-approved"));
    }

    @Test
    void aFeeDecisionOnAnEarlierVersionChangesNothing() {
        fixture.given(drafted(), new EngagementRevised(ID, TERMS, 2))
                .when(new RecordFeeTermsDecision(ID, 1, true, "CN-2026", null, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(drafted(), new EngagementRevised(ID, TERMS, 2))
                .when(new RecordFeeTermsDecision(ID, 2, false, "CN-2026", "contingency-cap", "above the cap"))
                .expectEvents(new EngagementFeeTermsDecided(ID, 2, false, "CN-2026", "contingency-cap", "above the cap"));
    }

    @Test
    void theReviewIsRecordedForTheCurrentVersion() {
        fixture.given(drafted(), new EngagementRevised(ID, TERMS, 2))
                .when(new ReviewEngagement(ID, ReviewDecision.RETURNED, "partner.zhang", "责任条款需修改"))
                .expectEvents(new EngagementReviewed(ID, 2, ReviewDecision.RETURNED, "partner.zhang", "责任条款需修改"));
    }

    @Test
    void nothingChangesOnceSigningStarted() {
        EngagementSignedBy clientSigned = new EngagementSignedBy(ID, SigningSide.CLIENT, "王总", DAY);
        fixture.given(drafted(), approved(1), feeApproved(1), clientSigned)
                .when(new ReviseEngagement(ID, TERMS))
                .expectNoEvents().expectException(ruleViolation("engagement-signing-started"));
        fixture.given(drafted(), approved(1), feeApproved(1), clientSigned)
                .when(new ReviewEngagement(ID, ReviewDecision.RETURNED, "p", "x"))
                .expectNoEvents().expectException(ruleViolation("engagement-signing-started"));
        fixture.given(drafted(), approved(1), feeApproved(1), clientSigned)
                .when(new RecordFeeTermsDecision(ID, 1, false, "CN-2026", "r", "x"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
