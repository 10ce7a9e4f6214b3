package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.ClientFeedbackRecorded;
import com.lawfirm.events.matter.FeeSettlementAcknowledged;
import com.lawfirm.events.matter.MaterialReceived;
import com.lawfirm.events.matter.MaterialRetentionAgreed;
import com.lawfirm.events.matter.MaterialReturnedToClient;
import com.lawfirm.events.matter.MatterArchived;
import com.lawfirm.events.matter.CommunicationDirection;
import com.lawfirm.events.matter.MatterClientErased;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.RetentionClass;
import com.lawfirm.matter.casefile.MatterCommands.AcknowledgeFeeSettlement;
import com.lawfirm.matter.casefile.MatterCommands.ArchiveMatter;
import com.lawfirm.matter.casefile.MatterCommands.CloseMatter;
import com.lawfirm.matter.casefile.MatterCommands.LogCommunication;
import com.lawfirm.matter.casefile.MatterCommands.OpenMatter;
import com.lawfirm.matter.casefile.MatterCommands.ReceiveMaterial;
import com.lawfirm.matter.casefile.MatterCommands.RecordClientErasure;
import com.lawfirm.matter.casefile.MatterCommands.RecordFeedback;
import com.lawfirm.matter.casefile.MatterCommands.ReturnMaterialToClient;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Period;

import static com.lawfirm.kit.testing.Refusals.ruleViolation;
import static com.lawfirm.matter.casefile.MatterFixtures.DAY;
import static com.lawfirm.matter.casefile.MatterFixtures.MATTER;
import static com.lawfirm.matter.casefile.MatterFixtures.OPENED;
import static org.hamcrest.Matchers.containsString;

class MatterLifecycleTest {

    private final AggregateTestFixture<Matter> fixture = MatterFixtures.fixture();
    private final FeeSettlementAcknowledged settled = new FeeSettlementAcknowledged(MATTER, DAY);
    private final MaterialReceived original = new MaterialReceived(MATTER, "mat-1", "M-0001", "营业执照原件 Business licence",
            true, 1, 1, "周总", "li.na", DAY, "档案室 A-3");
    private final CloseMatter close = new CloseMatter(MATTER, "一审胜诉 Won at first instance", DAY, null, DAY,
            Period.ofMonths(3));
    private final MatterClosed closed = new MatterClosed(MATTER, close.outcome(), DAY, null, DAY, DAY.plusMonths(3));

    @Test
    void aSignedEngagementOpensTheMatterWithItsNumberAndParties() {
        fixture.givenNoPriorActivity()
                .when(new OpenMatter(MATTER, OPENED.matterNumber(), OPENED.engagementId(), OPENED.inquiryId(),
                        OPENED.clientId(), OPENED.clientName(), OPENED.matterType(), OPENED.description(), OPENED.parties(),
                        OPENED.openedOn(), OPENED.amountInDispute()))
                .expectEvents(OPENED);
    }

    @Test
    void aMatterClosesWhenFeesAreSettledAndOriginalsAreBack() {
        fixture.given(OPENED, settled).when(close).expectEvents(closed);
        fixture.given(OPENED, settled, original, new MaterialReturnedToClient(MATTER, "mat-1", DAY, "周总", "receipt:1"))
                .when(close).expectEvents(closed);
        fixture.given(OPENED, settled, original, new MaterialRetentionAgreed(MATTER, "mat-1", DAY, "letter:1"))
                .when(close).expectEvents(closed);
    }

    @Test
    void closingNamesWhatIsMissing() {
        fixture.given(OPENED, original).when(close).expectNoEvents()
                .expectException(ruleViolation("closing-conditions-unmet"))
                .expectExceptionMessage(containsString("fees are not settled"))
                .expectExceptionMessage(containsString("M-0001"));
    }

    @Test
    void anExplicitFeeExceptionStandsInForSettlement() {
        fixture.given(OPENED)
                .when(new CloseMatter(MATTER, "调解结案 Settled", DAY, " 合伙人会议决定免收尾款 Waived by partners ", DAY,
                        Period.ofMonths(3)))
                .expectEvents(new MatterClosed(MATTER, "调解结案 Settled", DAY, "合伙人会议决定免收尾款 Waived by partners", DAY,
                        DAY.plusMonths(3)));
    }

    @Test
    void aClosedMatterTakesOnlyReturnsFeedbackAndTheArchive() {
        fixture.given(OPENED, settled, closed)
                .when(new ReceiveMaterial(MATTER, "mat-2", "新证据", true, 3, 0, "周总", "li.na", DAY, "A-3"))
                .expectNoEvents().expectException(ruleViolation("closed"));
        fixture.given(OPENED, settled, closed)
                .when(new RecordFeedback(MATTER, "f-1", 5, "非常满意 Very satisfied", "回访电话 follow-up call", DAY))
                .expectEvents(new ClientFeedbackRecorded(MATTER, "f-1", 5, "非常满意 Very satisfied", "回访电话 follow-up call", DAY));
        fixture.given(OPENED, settled)
                .when(new ArchiveMatter(MATTER, RetentionClass.LONG, "archivist", DAY))
                .expectNoEvents().expectException(ruleViolation("not-closed"));
    }

    @Test
    void anArchivedMatterIsReadOnlyButBillingMayStillReportSettlement() {
        MatterArchived archived = new MatterArchived(MATTER, RetentionClass.LONG, "archivist", DAY);
        fixture.given(OPENED, settled, closed)
                .when(new ArchiveMatter(MATTER, RetentionClass.LONG, "archivist", DAY))
                .expectEvents(archived);
        fixture.given(OPENED, settled, closed, archived)
                .when(new RecordFeedback(MATTER, "f-2", 4, "ok", "survey", DAY))
                .expectNoEvents().expectException(ruleViolation("archived"));
        fixture.given(OPENED, settled, closed, archived)
                .when(new ReturnMaterialToClient(MATTER, "mat-1", DAY, "周总", "r"))
                .expectNoEvents().expectException(ruleViolation("archived"));
        fixture.given(OPENED, settled, closed, archived)
                .when(new AcknowledgeFeeSettlement(MATTER, DAY)).expectNoEvents();
        fixture.given(OPENED).when(new AcknowledgeFeeSettlement(MATTER, DAY)).expectEvents(settled);
        fixture.given(OPENED, settled).when(new AcknowledgeFeeSettlement(MATTER, DAY)).expectNoEvents();
    }

    @Test
    void onceTheClientIsErasedNothingMoreIsRecordedOfTheRelationship() {
        MatterClientErased erased = new MatterClientErased(MATTER, "c-1", DAY.plusYears(10));
        fixture.given(OPENED, settled, closed)
                .when(new RecordClientErasure(MATTER, "c-1", DAY.plusYears(10))).expectEvents(erased);
        fixture.given(OPENED, settled, closed, erased)
                .when(new RecordClientErasure(MATTER, "c-1", DAY.plusYears(10))).expectNoEvents();
        fixture.given(OPENED, settled, closed, erased)
                .when(new RecordFeedback(MATTER, "f-3", 5, "满意", "回访", DAY))
                .expectNoEvents().expectException(ruleViolation("client-erased"));
        fixture.given(OPENED, settled, closed, erased)
                .when(new LogCommunication(MATTER, "c-9", "PHONE", CommunicationDirection.INBOUND, "来电", "咨询", DAY
                        .atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), "li.na"))
                .expectNoEvents().expectException(ruleViolation("client-erased"));
        // the firm's custody and its archive go on
        fixture.given(OPENED, settled, closed, erased)
                .when(new ArchiveMatter(MATTER, RetentionClass.LONG, "archivist", DAY))
                .expectEvents(new MatterArchived(MATTER, RetentionClass.LONG, "archivist", DAY));
        fixture.given(OPENED, settled, closed, new MatterArchived(MATTER, RetentionClass.LONG, "archivist", DAY))
                .when(new RecordClientErasure(MATTER, "c-1", DAY.plusYears(10))).expectNoEvents();
    }
}
