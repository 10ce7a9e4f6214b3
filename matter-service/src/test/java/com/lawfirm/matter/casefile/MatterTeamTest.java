package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.ConfidentialityUndertakingSigned;
import com.lawfirm.events.matter.MemberConflictCheckRecorded;
import com.lawfirm.events.matter.StaffRole;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamMemberReleased;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.matter.casefile.MatterCommands.AssignTeamMember;
import com.lawfirm.matter.casefile.MatterCommands.RecordMemberConflictCheck;
import com.lawfirm.matter.casefile.MatterCommands.ReleaseTeamMember;
import com.lawfirm.matter.casefile.MatterCommands.SignUndertaking;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.lawfirm.kit.testing.Refusals.invalidField;
import static com.lawfirm.kit.testing.Refusals.ruleViolation;
import static com.lawfirm.matter.casefile.MatterFixtures.DAY;
import static com.lawfirm.matter.casefile.MatterFixtures.MATTER;
import static com.lawfirm.matter.casefile.MatterFixtures.OPENED;

class MatterTeamTest {

    private final AggregateTestFixture<Matter> fixture = MatterFixtures.fixture();
    private final TeamMemberAssigned leadAssigned = new TeamMemberAssigned(MATTER, "s-1", "li.na", "李娜",
            TeamRole.LEAD_LAWYER, DAY);

    @Test
    void aLawyerLeadsTheMatterOnceAndOnlyOneLeadAtATime() {
        fixture.given(OPENED)
                .when(new AssignTeamMember(MATTER, "s-1", "li.na", "李娜", StaffRole.LAWYER, TeamRole.LEAD_LAWYER, DAY))
                .expectEvents(leadAssigned);
        fixture.given(OPENED, leadAssigned)
                .when(new AssignTeamMember(MATTER, "s-1", "li.na", "李娜", StaffRole.LAWYER, TeamRole.LEAD_LAWYER, DAY))
                .expectNoEvents();
        fixture.given(OPENED, leadAssigned)
                .when(new AssignTeamMember(MATTER, "s-2", "wang.fang", "王芳", StaffRole.LAWYER, TeamRole.LEAD_LAWYER, DAY))
                .expectNoEvents().expectException(ruleViolation("seat-taken"));
        fixture.given(OPENED, leadAssigned, new TeamMemberReleased(MATTER, "s-1", DAY))
                .when(new AssignTeamMember(MATTER, "s-2", "wang.fang", "王芳", StaffRole.LAWYER, TeamRole.LEAD_LAWYER, DAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void seatsNeedTheRightStaffRole() {
        fixture.given(OPENED)
                .when(new AssignTeamMember(MATTER, "s-3", "zhao.lei", "赵磊", StaffRole.LAWYER, TeamRole.RESPONSIBLE_PARTNER, DAY))
                .expectNoEvents().expectException(invalidField("role"));
        fixture.given(OPENED)
                .when(new AssignTeamMember(MATTER, "s-4", "chen.mi", "陈秘书", StaffRole.SUPPORT, TeamRole.LEAD_LAWYER, DAY))
                .expectNoEvents().expectException(invalidField("role"));
        fixture.given(OPENED)
                .when(new AssignTeamMember(MATTER, "s-4", "chen.mi", "陈秘书", StaffRole.SUPPORT, TeamRole.INTERNAL_CONTACT, DAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyATeamMemberSignsTheUndertakingAndOnlyOnce() {
        ConfidentialityUndertakingSigned signed = new ConfidentialityUndertakingSigned(MATTER, "s-1", DAY);
        fixture.given(OPENED, leadAssigned).when(new SignUndertaking(MATTER, "s-1", DAY)).expectEvents(signed);
        fixture.given(OPENED, leadAssigned, signed).when(new SignUndertaking(MATTER, "s-1", DAY)).expectNoEvents();
        fixture.given(OPENED).when(new SignUndertaking(MATTER, "s-9", DAY))
                .expectNoEvents().expectException(ruleViolation("not-on-team"));
        fixture.given(OPENED).when(new ReleaseTeamMember(MATTER, "s-9", DAY))
                .expectNoEvents().expectException(ruleViolation("not-on-team"));
    }

    @Test
    void conflictServicesCheckOfAMemberIsRecordedOnlyWhileTheyAreOnTheTeam() {
        fixture.given(OPENED, leadAssigned)
                .when(new RecordMemberConflictCheck(MATTER, "s-1", false, List.of("ADVERSE Tyrell: prior client")))
                .expectEvents(new MemberConflictCheckRecorded(MATTER, "s-1", false, List.of("ADVERSE Tyrell: prior client")));
        fixture.given(OPENED, leadAssigned, new TeamMemberReleased(MATTER, "s-1", DAY))
                .when(new RecordMemberConflictCheck(MATTER, "s-1", true, List.of()))
                .expectNoEvents();
    }
}
