package com.lawfirm.matter.staff;

import com.lawfirm.events.matter.DisclosureKind;
import com.lawfirm.events.matter.StaffDisclosureRecorded;
import com.lawfirm.events.matter.StaffMemberJoined;
import com.lawfirm.events.matter.StaffRole;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.matter.staff.StaffMember.JoinFirm;
import com.lawfirm.matter.staff.StaffMember.RecordDisclosure;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.lawfirm.kit.testing.Refusals.invalidField;

class StaffMemberTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final StaffMemberJoined JOINED = new StaffMemberJoined("s-1", "孙丽", StaffRole.LAWYER,
            List.of("LIT"), List.of("知识产权"), "13101201910123456", DAY, "sun.li");

    private AggregateTestFixture<StaffMember> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffMember.class);
    }

    @Test
    void aLawyerJoinsWithALicenceNumber() {
        fixture.givenNoPriorActivity()
                .when(new JoinFirm("s-1", "孙丽", StaffRole.LAWYER, List.of("LIT"), List.of("知识产权"), "13101201910123456", DAY, "sun.li"))
                .expectEvents(JOINED);
        fixture.givenNoPriorActivity()
                .when(new JoinFirm("s-1", "孙丽", StaffRole.PARTNER, null, null, " ", DAY, "sun.li"))
                .expectNoEvents().expectException(invalidField("licenceNumber"));
        fixture.givenNoPriorActivity()
                .when(new JoinFirm("s-2", "王秘书", StaffRole.SUPPORT, null, null, null, DAY, null))
                .expectEvents(new StaffMemberJoined("s-2", "王秘书", StaffRole.SUPPORT, List.of(), List.of(), null, DAY, null));
    }

    @Test
    void aDisclosureIsRecordedOnce() {
        StaffDisclosureRecorded disclosed = new StaffDisclosureRecorded("s-1", "孙丽", DisclosureKind.PRIOR_CLIENT,
                PartyKind.ORGANIZATION, "Massive Cargo Inc.", List.of(), List.of(), "client at her former firm");
        fixture.given(JOINED)
                .when(new RecordDisclosure("s-1", DisclosureKind.PRIOR_CLIENT, PartyKind.ORGANIZATION, "Massive Cargo Inc.",
                        null, null, "client at her former firm"))
                .expectEvents(disclosed);
        fixture.given(JOINED, disclosed)
                .when(new RecordDisclosure("s-1", DisclosureKind.PRIOR_CLIENT, PartyKind.ORGANIZATION, "MASSIVE CARGO INC.",
                        null, null, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
