package com.lawfirm.intake.inquiry;

import com.lawfirm.events.conflict.Waiver;
import com.lawfirm.events.intake.AssessmentRecorded;
import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.ConflictCheckRequested;
import com.lawfirm.events.intake.ContactChannel;
import com.lawfirm.events.intake.DeclineReason;
import com.lawfirm.events.intake.Difficulty;
import com.lawfirm.events.intake.DocumentReceived;
import com.lawfirm.events.intake.DocumentRequested;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
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
import com.lawfirm.events.intake.Prospect;
import com.lawfirm.events.intake.SourceChannel;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.intake.inquiry.InquiryCommands.AcceptProposal;
import com.lawfirm.intake.inquiry.InquiryCommands.DeclineInquiry;
import com.lawfirm.intake.inquiry.InquiryCommands.DraftProposal;
import com.lawfirm.intake.inquiry.InquiryCommands.IdentifyNeed;
import com.lawfirm.intake.inquiry.InquiryCommands.LogContact;
import com.lawfirm.intake.inquiry.InquiryCommands.OpenInquiry;
import com.lawfirm.intake.inquiry.InquiryCommands.ReceiveDocument;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordAssessment;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordConflictCleared;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordConflictDeclined;
import com.lawfirm.intake.inquiry.InquiryCommands.RecordInterview;
import com.lawfirm.intake.inquiry.InquiryCommands.RejectProposal;
import com.lawfirm.intake.inquiry.InquiryCommands.RequestConflictCheck;
import com.lawfirm.intake.inquiry.InquiryCommands.RequestDocument;
import com.lawfirm.intake.inquiry.InquiryCommands.WithdrawInquiry;
import com.lawfirm.kit.problem.NotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.lawfirm.kit.testing.Refusals.invalidField;
import static com.lawfirm.kit.testing.Refusals.ruleViolation;

class InquiryTest {

    private static final String ID = "inq-1";
    private static final Prospect PROSPECT = new Prospect(PartyKind.ORGANIZATION, "杭州澜海智能科技有限公司", List.of());
    private static final ClientSource WEB = new ClientSource(SourceChannel.WEBSITE, null, null);
    private static final List<CheckedParty> PARTIES = List.of(
            new CheckedParty(CheckRole.PROSPECTIVE_CLIENT, PartyKind.ORGANIZATION, "杭州澜海智能科技有限公司", List.of(), List.of()),
            new CheckedParty(CheckRole.ADVERSE, PartyKind.ORGANIZATION, "长沙精和环保科技有限公司", List.of(), List.of()));
    private static final FeeQuote QUOTE = new FeeQuote("CNY", List.of(
            new FeeComponent(FeeModel.FIXED, new BigDecimal("80000.00"), null, null, null, null, "一审代理 first instance")),
            new BigDecimal("2000000.00"), "按件收费 fixed per stage");

    private AggregateTestFixture<Inquiry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Inquiry.class);
    }

    private static InquiryOpened opened() {
        return new InquiryOpened(ID, WEB, PROSPECT, "合同纠纷 contract dispute", "chen.jing", null);
    }

    private static ConflictCheckRequested requested() {
        return new ConflictCheckRequested("check-1", ID, PARTIES);
    }

    private static InquiryConflictCleared cleared() {
        return new InquiryConflictCleared(ID, "check-1", List.of());
    }

    private static ProposalDrafted proposal(int version) {
        return new ProposalDrafted(ID, version, "收回货款", "一审", "先调解后诉讼", "全额或部分收回", QUOTE);
    }

    @Test
    void opensWithItsSource() {
        fixture.givenNoPriorActivity()
                .when(new OpenInquiry(ID, WEB, PROSPECT, "合同纠纷 contract dispute", "chen.jing", null))
                .expectEvents(opened());
    }

    @Test
    void anInquiryWithoutSourceOrProspectNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new OpenInquiry(ID, null, PROSPECT, null, null, null))
                .expectNoEvents().expectException(invalidField("source.channel"));
        fixture.givenNoPriorActivity()
                .when(new OpenInquiry(ID, WEB, new Prospect(PartyKind.PERSON, " ", List.of()), null, null, null))
                .expectNoEvents().expectException(invalidField("prospect.name"));
    }

    @Test
    void contactsAndNeedsAreLoggedBeforeTheCheck() {
        Instant at = Instant.parse("2026-11-02T03:00:00Z");
        fixture.given(opened())
                .when(new LogContact(ID, ContactChannel.PHONE, at, "王总 CEO Wang", "初步沟通"))
                .expectEvents(new InquiryContactLogged(ID, ContactChannel.PHONE, at, "王总 CEO Wang", "初步沟通"));
        fixture.given(opened())
                .when(new IdentifyNeed(ID, "追讨货款", "对方拖欠 200 万元"))
                .expectEvents(new InquiryNeedIdentified(ID, "追讨货款", "对方拖欠 200 万元"));
    }

    @Test
    void aConflictCheckNamesTheProspectiveClient() {
        fixture.given(opened())
                .when(new RequestConflictCheck(ID, "check-1", PARTIES))
                .expectEvents(requested());
        fixture.given(opened())
                .when(new RequestConflictCheck(ID, "check-1", List.of(PARTIES.get(1))))
                .expectNoEvents().expectException(invalidField("parties"));
    }

    @Test
    void oneCheckAtATime() {
        fixture.given(opened(), requested())
                .when(new RequestConflictCheck(ID, "check-2", PARTIES))
                .expectNoEvents().expectException(ruleViolation("conflict-check-pending"));
    }

    @Test
    void nothingOfStageTwoBeforeTheCheckIsCleared() {
        List<Object> commands = List.of(
                new RecordInterview(ID, "iv-1", LocalDate.of(2026, 11, 3), List.of("陈静"), "谈话", true),
                new RequestDocument(ID, "doc-1", "合同原件", null),
                new RecordAssessment(ID, List.of(), List.of(), List.of(), 40, 60, Difficulty.MEDIUM, null),
                new DraftProposal(ID, "o", "s", "s", "e", QUOTE),
                new AcceptProposal(ID, 1, LocalDate.of(2026, 11, 5)));
        for (Object command : commands) {
            fixture.given(opened()).when(command)
                    .expectNoEvents().expectException(ruleViolation("conflict-check-not-cleared"));
            fixture.given(opened(), requested()).when(command)
                    .expectNoEvents().expectException(ruleViolation("conflict-check-not-cleared"));
        }
    }

    @Test
    void theOutcomeOfThePendingCheckClearsOrDeclines() {
        List<Waiver> waivers = List.of(new Waiver("长沙精和环保科技有限公司", "waiver-2026-001.pdf", true, List.of("zhou.lei")));
        fixture.given(opened(), requested())
                .when(new RecordConflictCleared(ID, "check-1", waivers))
                .expectEvents(new InquiryConflictCleared(ID, "check-1", waivers));
        fixture.given(opened(), requested())
                .when(new RecordConflictDeclined(ID, "check-1", "adverse to current client T-0001"))
                .expectEvents(new InquiryDeclined(ID, DeclineReason.CONFLICT_OF_INTEREST, "adverse to current client T-0001"));
    }

    @Test
    void anOutcomeOfAnotherOrAnEarlierCheckChangesNothing() {
        fixture.given(opened(), requested())
                .when(new RecordConflictCleared(ID, "check-0", List.of()))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(opened(), requested(), cleared())
                .when(new RecordConflictCleared(ID, "check-1", List.of()))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(opened(), requested(), cleared())
                .when(new RecordConflictDeclined(ID, "check-1", "late"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void afterClearanceTheInterviewDocumentsAndAssessmentAreRecorded() {
        LocalDate day = LocalDate.of(2026, 11, 3);
        fixture.given(opened(), requested(), cleared())
                .when(new RecordInterview(ID, "iv-1", day, List.of("陈静", "王总"), "谈话笔录内容", true))
                .expectEvents(new InterviewRecorded(ID, "iv-1", day, List.of("陈静", "王总"), "谈话笔录内容", true));
        fixture.given(opened(), requested(), cleared())
                .when(new RequestDocument(ID, "doc-1", "买卖合同原件", day))
                .expectEvents(new DocumentRequested(ID, "doc-1", "买卖合同原件", day));
        fixture.given(opened(), requested(), cleared(), new DocumentRequested(ID, "doc-1", "买卖合同原件", day))
                .when(new ReceiveDocument(ID, "doc-1", day, "复印件"))
                .expectEvents(new DocumentReceived(ID, "doc-1", day, "复印件"));
        fixture.given(opened(), requested(), cleared())
                .when(new RecordAssessment(ID, List.of("违约责任"), List.of("交付是否合格"), List.of("对方无财产"), 55, 70,
                        Difficulty.MEDIUM, "两名律师"))
                .expectEvents(new AssessmentRecorded(ID, List.of("违约责任"), List.of("交付是否合格"), List.of("对方无财产"), 55, 70,
                        Difficulty.MEDIUM, "两名律师"));
    }

    @Test
    void documentsAreReceivedOnceAndOnlyWhenRequested() {
        LocalDate day = LocalDate.of(2026, 11, 3);
        fixture.given(opened(), requested(), cleared())
                .when(new ReceiveDocument(ID, "doc-9", day, null))
                .expectNoEvents().expectException(NotFoundException.class);
        fixture.given(opened(), requested(), cleared(), new DocumentRequested(ID, "doc-1", "合同", null),
                        new DocumentReceived(ID, "doc-1", day, null))
                .when(new ReceiveDocument(ID, "doc-1", day, null))
                .expectNoEvents().expectException(ruleViolation("document-already-received"));
    }

    @Test
    void anAssessmentNeverPromisesSuccess() {
        fixture.given(opened(), requested(), cleared())
                .when(new RecordAssessment(ID, List.of(), List.of(), List.of(), 90, 100, Difficulty.LOW, null))
                .expectNoEvents().expectException(invalidField("successLikelyToPercent"));
        fixture.given(opened(), requested(), cleared())
                .when(new RecordAssessment(ID, List.of(), List.of(), List.of(), 70, 40, Difficulty.LOW, null))
                .expectNoEvents().expectException(invalidField("successLikelyToPercent"));
        fixture.given(opened(), requested(), cleared())
                .when(new RecordAssessment(ID, List.of(), List.of(), List.of(), 40, null, Difficulty.LOW, null))
                .expectNoEvents().expectException(invalidField("successLikelyToPercent"));
    }

    @Test
    void proposalsAreVersionedAndOneIsAccepted() {
        fixture.given(opened(), requested(), cleared())
                .when(new DraftProposal(ID, "收回货款", "一审", "先调解后诉讼", "全额或部分收回", QUOTE))
                .expectEvents(proposal(1)).expectResultMessagePayload(1);
        fixture.given(opened(), requested(), cleared(), proposal(1), new ProposalRejected(ID, 1, "太贵"))
                .when(new DraftProposal(ID, "收回货款", "一审", "先调解后诉讼", "全额或部分收回", QUOTE))
                .expectEvents(proposal(2)).expectResultMessagePayload(2);
        fixture.given(opened(), requested(), cleared(), proposal(1))
                .when(new RejectProposal(ID, 1, "太贵"))
                .expectEvents(new ProposalRejected(ID, 1, "太贵"));
        fixture.given(opened(), requested(), cleared(), proposal(1), proposal(2))
                .when(new AcceptProposal(ID, 2, LocalDate.of(2026, 11, 20)))
                .expectEvents(new ProposalAccepted(ID, 2, LocalDate.of(2026, 11, 20)));
    }

    @Test
    void aProposalNeedsAFeeQuoteAndAnExistingVersion() {
        fixture.given(opened(), requested(), cleared())
                .when(new DraftProposal(ID, "o", "s", "s", "e", new FeeQuote("CNY", List.of(), null, null)))
                .expectNoEvents().expectException(invalidField("quote.components"));
        fixture.given(opened(), requested(), cleared(), proposal(1))
                .when(new AcceptProposal(ID, 2, null))
                .expectNoEvents().expectException(NotFoundException.class);
    }

    @Test
    void afterAcceptanceTheInquiryMovesToTheEngagement() {
        fixture.given(opened(), requested(), cleared(), proposal(1), new ProposalAccepted(ID, 1, null))
                .when(new DraftProposal(ID, "o", "s", "s", "e", QUOTE))
                .expectNoEvents().expectException(ruleViolation("proposal-accepted"));
        fixture.given(opened(), requested(), cleared(), proposal(1), new ProposalAccepted(ID, 1, null))
                .when(new RequestConflictCheck(ID, "check-2", PARTIES))
                .expectNoEvents().expectException(ruleViolation("proposal-accepted"));
    }

    @Test
    void theFirmDeclinesOrTheProspectWithdrawsAtAnyOpenStage() {
        fixture.given(opened(), requested())
                .when(new DeclineInquiry(ID, DeclineReason.NO_CAPACITY, "团队满负荷"))
                .expectEvents(new InquiryDeclined(ID, DeclineReason.NO_CAPACITY, "团队满负荷"));
        fixture.given(opened(), requested(), cleared())
                .when(new WithdrawInquiry(ID, "选择了其他律所"))
                .expectEvents(new InquiryWithdrawn(ID, "选择了其他律所"));
    }

    @Test
    void aClosedInquiryTakesNothingMore() {
        fixture.given(opened(), new InquiryWithdrawn(ID, "no"))
                .when(new LogContact(ID, ContactChannel.EMAIL, Instant.now(), null, "follow-up"))
                .expectNoEvents().expectException(ruleViolation("inquiry-closed"));
        fixture.given(opened(), requested(), new InquiryDeclined(ID, DeclineReason.CONFLICT_OF_INTEREST, "x"))
                .when(new RecordInterview(ID, "iv", LocalDate.now(), List.of(), "c", false))
                .expectNoEvents().expectException(ruleViolation("inquiry-closed"));
        fixture.given(opened(), new InquiryDeclined(ID, DeclineReason.OTHER, "x"))
                .when(new WithdrawInquiry(ID, "late"))
                .expectNoEvents().expectException(ruleViolation("inquiry-closed"));
    }
}
