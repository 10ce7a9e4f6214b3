package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.KeyEventCommunicated;
import com.lawfirm.events.matter.KeyEventKind;
import com.lawfirm.events.matter.KeyEventRecorded;
import com.lawfirm.events.matter.ProgressReportSent;
import com.lawfirm.events.matter.ReportCadence;
import com.lawfirm.events.matter.ReportingCadenceAgreed;
import com.lawfirm.matter.casefile.MatterCommands.AgreeReportingCadence;
import com.lawfirm.matter.casefile.MatterCommands.RecordKeyEvent;
import com.lawfirm.matter.casefile.MatterCommands.RecordKeyEventCommunicated;
import com.lawfirm.matter.casefile.MatterCommands.SendProgressReport;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.lawfirm.kit.testing.Refusals.invalidField;
import static com.lawfirm.kit.testing.Refusals.ruleViolation;
import static com.lawfirm.matter.casefile.MatterFixtures.DAY;
import static com.lawfirm.matter.casefile.MatterFixtures.MATTER;
import static com.lawfirm.matter.casefile.MatterFixtures.OPENED;

class ClientReportingTest {

    private static final Instant RULING_AT = Instant.parse("2026-11-28T06:00:00Z");

    private final AggregateTestFixture<Matter> fixture = MatterFixtures.fixture();

    @Test
    void theCadenceIsWeeklyMonthlyOrEveryNDays() {
        fixture.given(OPENED).when(new AgreeReportingCadence(MATTER, ReportCadence.WEEKLY, null, DAY))
                .expectEvents(new ReportingCadenceAgreed(MATTER, ReportCadence.WEEKLY, 7, DAY));
        fixture.given(OPENED).when(new AgreeReportingCadence(MATTER, ReportCadence.CUSTOM, 10, DAY))
                .expectEvents(new ReportingCadenceAgreed(MATTER, ReportCadence.CUSTOM, 10, DAY));
        fixture.given(OPENED).when(new AgreeReportingCadence(MATTER, ReportCadence.CUSTOM, null, DAY))
                .expectNoEvents().expectException(invalidField("everyDays"));
    }

    @Test
    void aReportCoversAPeriodAndIsRecordedOnce() {
        ProgressReportSent sent = new ProgressReportSent(MATTER, "r-1", DAY.minusDays(7), DAY, "已提交证据 Evidence filed",
                "email", "li.na", DAY);
        fixture.given(OPENED).when(new SendProgressReport(MATTER, "r-1", DAY.minusDays(7), DAY, sent.content(), "email",
                "li.na", DAY)).expectEvents(sent);
        fixture.given(OPENED, sent).when(new SendProgressReport(MATTER, "r-1", DAY.minusDays(7), DAY, sent.content(),
                "email", "li.na", DAY)).expectNoEvents();
        fixture.given(OPENED).when(new SendProgressReport(MATTER, "r-2", DAY, DAY.minusDays(1), "x", "email", "li.na", DAY))
                .expectNoEvents().expectException(invalidField("periodTo"));
    }

    @Test
    void aKeyEventIsDueToTheClientWithinItsTimeAndToldOnce() {
        KeyEventRecorded ruling = new KeyEventRecorded(MATTER, "k-1", KeyEventKind.RULING, "一审判决 First-instance judgment",
                RULING_AT, RULING_AT.plus(Duration.ofHours(24)));
        fixture.given(OPENED)
                .when(new RecordKeyEvent(MATTER, "k-1", KeyEventKind.RULING, ruling.description(), RULING_AT,
                        Duration.ofHours(24)))
                .expectEvents(ruling);
        KeyEventCommunicated told = new KeyEventCommunicated(MATTER, "k-1", "phone", "周总", "li.na",
                RULING_AT.plusSeconds(3600));
        fixture.given(OPENED, ruling)
                .when(new RecordKeyEventCommunicated(MATTER, "k-1", "phone", "周总", "li.na", RULING_AT.plusSeconds(3600)))
                .expectEvents(told);
        fixture.given(OPENED, ruling, told)
                .when(new RecordKeyEventCommunicated(MATTER, "k-1", "email", "周总", "li.na", RULING_AT.plusSeconds(7200)))
                .expectNoEvents();
        fixture.given(OPENED)
                .when(new RecordKeyEventCommunicated(MATTER, "k-9", "phone", "周总", "li.na", RULING_AT))
                .expectNoEvents().expectException(ruleViolation("key-event-unknown"));
    }
}
