package com.lawfirm.intake.inquiry;

import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.ConflictCheckRequested;
import com.lawfirm.events.intake.DeclineReason;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.InquiryConflictCleared;
import com.lawfirm.events.intake.InquiryDeclined;
import com.lawfirm.events.intake.InquiryOpened;
import com.lawfirm.events.intake.InquiryWithdrawn;
import com.lawfirm.events.intake.ProposalAccepted;
import com.lawfirm.events.intake.ProposalDrafted;
import com.lawfirm.events.intake.Prospect;
import com.lawfirm.events.intake.ProspectLegalHoldLifted;
import com.lawfirm.events.intake.ProspectLegalHoldPlaced;
import com.lawfirm.events.intake.ProspectPersonalDataErased;
import com.lawfirm.events.intake.SourceChannel;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.intake.inquiry.InquiryCommands.EraseProspectPersonalData;
import com.lawfirm.intake.inquiry.InquiryCommands.LiftProspectLegalHold;
import com.lawfirm.intake.inquiry.InquiryCommands.PlaceProspectLegalHold;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static com.lawfirm.kit.testing.Refusals.ruleViolation;

/** A prospect who never became a client is erased once its inquiry ended longer ago than the firm keeps it. */
class ProspectErasureTest {

    private static final String ID = "inq-9";
    /** The inquiry ends late on 30 June 2023 in UTC, early on 1 July in Beijing: the day counted is the firm's. */
    private static final Instant ENDED = Instant.parse("2023-06-30T20:00:00Z");
    private static final Prospect PROSPECT = new Prospect(PartyKind.PERSON, "欧阳晓岚", List.of());

    private AggregateTestFixture<Inquiry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Inquiry.class);
    }

    private static InquiryOpened opened(String existingClientId) {
        return new InquiryOpened(ID, new ClientSource(SourceChannel.PHONE, null, null), PROSPECT, "劳动争议 labour dispute",
                "chen.jing", existingClientId);
    }

    private static ConflictCheckRequested requested() {
        return new ConflictCheckRequested("check-9", ID, List.of(new CheckedParty(CheckRole.PROSPECTIVE_CLIENT,
                PartyKind.PERSON, "欧阳晓岚", List.of(), List.of())));
    }

    private static InquiryDeclined declined() {
        return new InquiryDeclined(ID, DeclineReason.OUTSIDE_EXPERTISE, "非本所业务领域");
    }

    private static EraseProspectPersonalData erase(LocalDate today) {
        return erase(today, ZoneOffset.UTC);
    }

    private static EraseProspectPersonalData erase(LocalDate today, ZoneId firmZone) {
        return new EraseProspectPersonalData(ID, today, firmZone, 3, "dsr-9", "dang.an");
    }

    @Test
    void aFirmInBeijingCountsFromItsOwnDay() {
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        fixture.givenCurrentTime(ENDED).andGiven(opened(null), requested(), declined())
                .when(erase(LocalDate.of(2026, 6, 30), beijing))
                .expectNoEvents()
                .expectException(ruleViolation("retention-not-over"));
        fixture = new AggregateTestFixture<>(Inquiry.class);
        fixture.givenCurrentTime(ENDED).andGiven(opened(null), requested(), declined())
                .when(erase(LocalDate.of(2026, 7, 1), beijing))
                .expectEvents(new ProspectPersonalDataErased(ID, List.of(ID), LocalDate.of(2026, 7, 1), "dsr-9", "dang.an"));
    }

    @Test
    void threeYearsAfterTheDeclineTheProspectIsErased() {
        fixture.givenCurrentTime(ENDED).andGiven(opened(null), requested(), declined())
                .when(erase(LocalDate.of(2026, 6, 30)))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(List.of(ID))
                .expectEvents(new ProspectPersonalDataErased(ID, List.of(ID), LocalDate.of(2026, 6, 30), "dsr-9", "dang.an"));
    }

    @Test
    void notADayBefore() {
        fixture.givenCurrentTime(ENDED).andGiven(opened(null), requested(), declined())
                .when(erase(LocalDate.of(2026, 6, 29)))
                .expectNoEvents()
                .expectException(ruleViolation("retention-not-over"));
    }

    @Test
    void theEngagementDraftedFromAnAcceptedProposalIsErasedWithIt() {
        FeeQuote quote = new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.FIXED, new BigDecimal("20000.00"), null, null,
                null, null, "仲裁代理 arbitration")), null, null);
        fixture.givenCurrentTime(ENDED).andGiven(opened(null), requested(), new InquiryConflictCleared(ID, "check-9", List.of()),
                        new ProposalDrafted(ID, 1, "追索工资", "劳动仲裁", "先协商", "全额", quote),
                        new ProposalAccepted(ID, 1, LocalDate.of(2023, 6, 1)), new InquiryWithdrawn(ID, "另请律师 went elsewhere"))
                .when(erase(LocalDate.of(2026, 7, 1)))
                .expectEvents(new ProspectPersonalDataErased(ID, List.of(ID, AcceptedProposals.engagementIdOf(ID)),
                        LocalDate.of(2026, 7, 1), "dsr-9", "dang.an"));
    }

    @Test
    void neverWhileTheInquiryIsUnderWay() {
        fixture.givenCurrentTime(ENDED).andGiven(opened(null), requested())
                .when(erase(LocalDate.of(2030, 1, 1)))
                .expectNoEvents()
                .expectException(ruleViolation("inquiry-not-ended"));
    }

    @Test
    void theInquiryOfAClientGoesWithTheClientsErasureNotAlone() {
        fixture.givenCurrentTime(ENDED).andGiven(opened("client-7"), declined())
                .when(erase(LocalDate.of(2030, 1, 1)))
                .expectNoEvents()
                .expectException(ruleViolation("inquiry-of-a-client"));
    }

    @Test
    void anErasedProspectIsNotErasedTwice() {
        fixture.givenCurrentTime(ENDED).andGiven(opened(null), declined(),
                        new ProspectPersonalDataErased(ID, List.of(ID), LocalDate.of(2026, 7, 1), null, "dang.an"))
                .when(erase(LocalDate.of(2030, 1, 1)))
                .expectNoEvents()
                .expectException(ruleViolation("prospect-erased"));
    }

    @Test
    void aLegalHoldKeepsTheRecordsUntilItIsLifted() {
        ProspectLegalHoldPlaced hold = new ProspectLegalHoldPlaced(ID, "hold-1", "投诉处理中 a complaint over the decline",
                LocalDate.of(2026, 5, 1), "li.ming");
        fixture.givenCurrentTime(ENDED).andGiven(opened(null), declined(), hold)
                .when(erase(LocalDate.of(2030, 1, 1)))
                .expectNoEvents()
                .expectException(ruleViolation("legal-hold"));
        fixture.givenCurrentTime(ENDED).andGiven(opened(null), declined(), hold,
                        new ProspectLegalHoldLifted(ID, "hold-1", LocalDate.of(2029, 1, 1), "dang.an"))
                .when(erase(LocalDate.of(2030, 1, 1)))
                .expectEvents(new ProspectPersonalDataErased(ID, List.of(ID), LocalDate.of(2030, 1, 1), "dsr-9", "dang.an"));
    }

    @Test
    void aHoldIsPlacedOnAnyInquiryOfAProspectAndLiftedOnlyIfItStands() {
        fixture.givenCurrentTime(ENDED).andGiven(opened(null), requested())
                .when(new PlaceProspectLegalHold(ID, "hold-1", "  公安机关调取 police request ", LocalDate.of(2023, 6, 1), "li.ming"))
                .expectEvents(new ProspectLegalHoldPlaced(ID, "hold-1", "公安机关调取 police request", LocalDate.of(2023, 6, 1),
                        "li.ming"));
        fixture.givenCurrentTime(ENDED).andGiven(opened(null), declined())
                .when(new LiftProspectLegalHold(ID, "hold-1", LocalDate.of(2023, 7, 1), "dang.an"))
                .expectNoEvents()
                .expectException(ruleViolation("no-such-hold"));
    }

    @Test
    void theHoldOfAClientsInquiryIsTheClientsAndAnErasedProspectTakesNone() {
        PlaceProspectLegalHold hold = new PlaceProspectLegalHold(ID, "hold-1", "诉讼 a claim", LocalDate.of(2026, 1, 1), "li.ming");
        fixture.givenCurrentTime(ENDED).andGiven(opened("client-7"), declined())
                .when(hold)
                .expectNoEvents()
                .expectException(ruleViolation("inquiry-of-a-client"));
        fixture.givenCurrentTime(ENDED).andGiven(opened(null), declined(),
                        new ProspectPersonalDataErased(ID, List.of(ID), LocalDate.of(2026, 7, 1), null, "dang.an"))
                .when(hold)
                .expectNoEvents()
                .expectException(ruleViolation("prospect-erased"));
    }
}
