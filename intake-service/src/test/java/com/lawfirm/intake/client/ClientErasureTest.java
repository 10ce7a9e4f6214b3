package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientEngaged;
import com.lawfirm.events.intake.ClientLegalHoldLifted;
import com.lawfirm.events.intake.ClientLegalHoldPlaced;
import com.lawfirm.events.intake.ClientMarkedFormer;
import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.ClientRetentionSet;
import com.lawfirm.events.intake.PersonalDataConsent;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.intake.client.ClientCommands.AddClientAlias;
import com.lawfirm.intake.client.ClientCommands.EraseClientPersonalData;
import com.lawfirm.intake.client.ClientCommands.LiftLegalHold;
import com.lawfirm.intake.client.ClientCommands.MarkFormerClient;
import com.lawfirm.intake.client.ClientCommands.PlaceLegalHold;
import com.lawfirm.intake.client.ClientCommands.RecordClientEngagement;
import com.lawfirm.intake.client.ClientCommands.SetClientRetention;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static com.lawfirm.kit.testing.Refusals.invalidField;
import static com.lawfirm.kit.testing.Refusals.ruleViolation;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Erasure ends retention and never cuts it short: the rules of a client's personal data over its life. */
class ClientErasureTest {

    private static final String ID = "client-7";
    private static final LocalDate FORMER_SINCE = LocalDate.of(2015, 6, 30);

    private AggregateTestFixture<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
    }

    private static ClientRegistered person(int consentedYears) {
        return new ClientRegistered(ID, PartyKind.PERSON, "王小明", List.of(), List.of(), List.of(), List.of(), null, "li.na",
                null, new PersonalDataConsent("法律服务", consentedYears, LocalDate.of(2014, 1, 2), "书面"));
    }

    private static ClientMarkedFormer former() {
        return new ClientMarkedFormer(ID, FORMER_SINCE, "matter closed");
    }

    private static EraseClientPersonalData erase(LocalDate today) {
        return erase(today, ZoneOffset.UTC);
    }

    private static EraseClientPersonalData erase(LocalDate today, ZoneId firmZone) {
        return new EraseClientPersonalData(ID, List.of("inquiry-1", "engagement-1"), today, firmZone, 10, "dsr-1",
                "zhao.lei");
    }

    /** Marked former with no day given, late on 30 June 2015 in UTC: 1 July already in Beijing, the firm's day. */
    @Test
    void withNoDayGivenTheDayCountedIsTheFirmsDayTheClientBecameFormer() {
        ClientMarkedFormer undated = new ClientMarkedFormer(ID, null, "matter closed");
        ZoneId beijing = ZoneId.of("Asia/Shanghai");
        fixture.givenCurrentTime(Instant.parse("2015-06-30T20:00:00Z")).andGiven(person(10), undated)
                .when(erase(LocalDate.of(2025, 7, 1), beijing))
                .expectException(ruleViolation("retention-not-over"));
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.givenCurrentTime(Instant.parse("2015-06-30T20:00:00Z")).andGiven(person(10), undated)
                .when(erase(LocalDate.of(2025, 7, 2), beijing))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void afterTheConsentedYearsTheDataOfTheClientAndItsFilesIsErased() {
        fixture.given(person(10), former())
                .when(erase(LocalDate.of(2025, 7, 1)))
                .expectEvents(new ClientPersonalDataErased(ID, List.of(ID, "inquiry-1", "engagement-1"),
                        LocalDate.of(2025, 7, 1), "dsr-1", "zhao.lei"));
    }

    @Test
    void notBeforeTheRetentionEnds() {
        fixture.given(person(10), former())
                .when(erase(LocalDate.of(2025, 6, 30)))
                .expectNoEvents()
                .expectException(ruleViolation("retention-not-over"));
    }

    @Test
    void aRecordedRetentionReplacesTheConsentedOne() {
        fixture.given(person(10), former(), new ClientRetentionSet(ID, LocalDate.of(2030, 12, 31), "诉讼时效 statute", "zhao.lei"))
                .when(erase(LocalDate.of(2026, 11, 29)))
                .expectException(ruleViolation("retention-not-over"));
        fixture.given(person(30), former(), new ClientRetentionSet(ID, LocalDate.of(2020, 1, 1), "archive rules", "zhao.lei"))
                .when(erase(LocalDate.of(2026, 11, 29)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void neverWhileTheFirmStillActsForTheClient() {
        fixture.given(person(1))
                .when(erase(LocalDate.of(2040, 1, 1)))
                .expectNoEvents()
                .expectException(ruleViolation("client-not-former"));
    }

    @Test
    void aFormerClientEngagedAgainIsCurrentAndItsOldRetentionEnds() {
        LocalDate signedOn = LocalDate.of(2026, 3, 2);
        ClientEngaged engaged = new ClientEngaged(ID, "engagement-2", signedOn);
        fixture.given(person(1), former(), new ClientRetentionSet(ID, LocalDate.of(2020, 1, 1), "archive rules", "zhao.lei"))
                .when(new RecordClientEngagement(ID, "engagement-2", signedOn))
                .expectEvents(engaged);
        fixture.given(person(1), former(), engaged)
                .when(erase(LocalDate.of(2026, 11, 29)))
                .expectNoEvents()
                .expectException(ruleViolation("client-not-former"));
        // former again: the years are counted from this leaving, the day recorded for the last one is gone
        fixture.given(person(1), former(), new ClientRetentionSet(ID, LocalDate.of(2020, 1, 1), "archive rules", "zhao.lei"),
                        engaged, new ClientMarkedFormer(ID, LocalDate.of(2026, 6, 30), "matter closed"))
                .when(erase(LocalDate.of(2026, 11, 29)))
                .expectNoEvents()
                .expectException(ruleViolation("retention-not-over"));
        // recorded while the firm acted, a retention outlives the client's return
        fixture.given(person(30), new ClientRetentionSet(ID, LocalDate.of(2020, 1, 1), "诉讼时效 statute", "zhao.lei"),
                        former(), engaged, new ClientMarkedFormer(ID, LocalDate.of(2026, 6, 30), "matter closed"))
                .when(erase(LocalDate.of(2026, 11, 29)))
                .expectSuccessfulHandlerExecution();
        fixture.given(person(1), former(), engaged)
                .when(new MarkFormerClient(ID, LocalDate.of(2026, 6, 30), "matter closed", Set.of("engagement-2")))
                .expectSuccessfulHandlerExecution();
    }

    /**
     * The read models a mark as former is checked against may not show an engagement signed a moment ago; the
     * client's history does, and the engagement holds it until the command names its matter closed.
     */
    @Test
    void anEngagementOnTheClientsHistoryHoldsItUntilItsMatterIsKnownClosed() {
        ClientEngaged first = new ClientEngaged(ID, "engagement-1", LocalDate.of(2025, 3, 2));
        ClientEngaged second = new ClientEngaged(ID, "engagement-2", LocalDate.of(2026, 3, 2));
        fixture.given(person(1), first, second)
                .when(new MarkFormerClient(ID, LocalDate.of(2026, 6, 30), "matter closed", Set.of("engagement-1")))
                .expectNoEvents()
                .expectException(ruleViolation("matters-open"))
                .expectExceptionMessage(allOf(containsString("engagement-2"), not(containsString("engagement-1"))));
        fixture.given(person(1), first, second)
                .when(new MarkFormerClient(ID, LocalDate.of(2026, 6, 30), "matter closed",
                        Set.of("engagement-1", "engagement-2")))
                .expectEvents(new ClientMarkedFormer(ID, LocalDate.of(2026, 6, 30), "matter closed"));
    }

    @Test
    void anErasedClientSignsNoNewEngagement() {
        fixture.given(person(1), former(), new ClientPersonalDataErased(ID, List.of(ID), LocalDate.of(2025, 7, 1),
                        null, "zhao.lei"))
                .when(new RecordClientEngagement(ID, "engagement-2", LocalDate.of(2026, 3, 2)))
                .expectNoEvents()
                .expectException(ruleViolation("client-erased"));
    }

    @Test
    void onlyANaturalPersonsDataIsErased() {
        fixture.given(new ClientRegistered(ID, PartyKind.ORGANIZATION, "杭州澜海智能科技有限公司", List.of(), List.of(), List.of(),
                        List.of(), null, "li.na", null, null), former())
                .when(erase(LocalDate.of(2040, 1, 1)))
                .expectNoEvents()
                .expectException(ruleViolation("not-a-person"));
    }

    @Test
    void aLegalHoldKeepsTheDataUntilLifted() {
        ClientLegalHoldPlaced hold = new ClientLegalHoldPlaced(ID, "hold-1", "证据保全 evidence preservation",
                LocalDate.of(2025, 1, 1), "partner.wu");
        fixture.given(person(1), former(), hold)
                .when(erase(LocalDate.of(2026, 11, 29)))
                .expectNoEvents()
                .expectException(ruleViolation("legal-hold"));
        fixture.given(person(1), former(), hold, new ClientLegalHoldLifted(ID, "hold-1", LocalDate.of(2026, 2, 1), "partner.wu"))
                .when(erase(LocalDate.of(2026, 11, 29)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void holdsAndRetentionAreRecordedAndCheckedFirst() {
        fixture.given(person(10))
                .when(new PlaceLegalHold(ID, "hold-2", "仲裁 arbitration pending", LocalDate.of(2026, 3, 3), "partner.wu"))
                .expectEvents(new ClientLegalHoldPlaced(ID, "hold-2", "仲裁 arbitration pending", LocalDate.of(2026, 3, 3), "partner.wu"));
        fixture.given(person(10))
                .when(new LiftLegalHold(ID, "no-such", LocalDate.of(2026, 3, 3), "partner.wu"))
                .expectException(ruleViolation("no-such-hold"));
        fixture.given(person(10))
                .when(new SetClientRetention(ID, LocalDate.of(2036, 1, 1), " ", "zhao.lei"))
                .expectException(invalidField("basis"));
    }

    @Test
    void anErasedClientTakesNoFurtherChangeNorASecondErasure() {
        ClientPersonalDataErased erased = new ClientPersonalDataErased(ID, List.of(ID), LocalDate.of(2026, 1, 1), null, "zhao.lei");
        fixture.given(person(1), former(), erased)
                .when(new AddClientAlias(ID, "小明"))
                .expectNoEvents()
                .expectException(ruleViolation("client-erased"));
        fixture.given(person(1), former(), erased)
                .when(erase(LocalDate.of(2026, 11, 29)))
                .expectException(ruleViolation("client-erased"));
    }
}
