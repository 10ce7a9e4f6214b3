package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.AnswerChannel;
import com.lawfirm.events.matter.AuthorizationDecision;
import com.lawfirm.events.matter.AuthorizedActionRecorded;
import com.lawfirm.events.matter.ClientAuthorizationAnswered;
import com.lawfirm.events.matter.ClientAuthorizationRequested;
import com.lawfirm.matter.casefile.MatterCommands.RecordAuthorizationAnswer;
import com.lawfirm.matter.casefile.MatterCommands.RecordAuthorizedAction;
import com.lawfirm.matter.casefile.MatterCommands.RequestAuthorization;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.lawfirm.events.matter.AuthorizationDecision.SETTLEMENT;
import static com.lawfirm.kit.testing.Refusals.invalidField;
import static com.lawfirm.kit.testing.Refusals.ruleViolation;
import static com.lawfirm.matter.casefile.MatterFixtures.DAY;
import static com.lawfirm.matter.casefile.MatterFixtures.MATTER;
import static com.lawfirm.matter.casefile.MatterFixtures.OPENED;

class ClientAuthorizationsTest {

    private static final List<String> OPTIONS = List.of("接受调解方案 Accept 800,000", "继续诉讼 Continue to trial");

    private final AggregateTestFixture<Matter> fixture = MatterFixtures.fixture();
    private final ClientAuthorizationRequested requested = new ClientAuthorizationRequested(MATTER, "a-1", SETTLEMENT,
            "是否接受对方80万元和解 Accept the 800,000 settlement?", OPTIONS, OPTIONS.get(0), "li.na", DAY);
    private final ClientAuthorizationAnswered approved = new ClientAuthorizationAnswered(MATTER, "a-1", true,
            OPTIONS.get(0), AnswerChannel.E_SIGNATURE, "esign:7f3a", DAY);
    private final RecordAuthorizedAction settle = new RecordAuthorizedAction(MATTER, null, SETTLEMENT,
            "和解协议已签署 Settlement agreement signed", DAY);

    @Test
    void theTeamAsksAndTheClientAnswersOnce() {
        fixture.given(OPENED)
                .when(new RequestAuthorization(MATTER, "a-1", SETTLEMENT, requested.question(), OPTIONS, OPTIONS.get(0),
                        "li.na", DAY))
                .expectEvents(requested);
        fixture.given(OPENED, requested)
                .when(new RecordAuthorizationAnswer(MATTER, "a-1", true, OPTIONS.get(0), AnswerChannel.E_SIGNATURE,
                        "esign:7f3a", DAY))
                .expectEvents(approved);
        fixture.given(OPENED, requested, approved)
                .when(new RecordAuthorizationAnswer(MATTER, "a-1", false, null, AnswerChannel.WRITTEN, "letter", DAY))
                .expectNoEvents().expectException(ruleViolation("authorization-answered"));
        fixture.given(OPENED, requested)
                .when(new RecordAuthorizationAnswer(MATTER, "a-1", true, "something else", AnswerChannel.WRITTEN, "x", DAY))
                .expectNoEvents().expectException(invalidField("chosenOption"));
        fixture.given(OPENED)
                .when(new RecordAuthorizationAnswer(MATTER, "a-9", true, null, AnswerChannel.WRITTEN, "x", DAY))
                .expectNoEvents().expectException(ruleViolation("authorization-unknown"));
    }

    @Test
    void aSettlementIsRecordedOnlyAgainstAnApprovedUnusedAuthorisation() {
        fixture.given(OPENED).when(settle)
                .expectNoEvents().expectException(ruleViolation("authorization-required"));
        fixture.given(OPENED, requested).when(settle)
                .expectNoEvents().expectException(ruleViolation("authorization-required"));
        fixture.given(OPENED, requested).when(new RecordAuthorizedAction(MATTER, "a-1", SETTLEMENT, "signed", DAY))
                .expectNoEvents().expectException(ruleViolation("authorization-pending"));
        fixture.given(OPENED, requested, new ClientAuthorizationAnswered(MATTER, "a-1", false, null,
                        AnswerChannel.RECORDED_CALL, "call:2026-11-28-1432", DAY))
                .when(new RecordAuthorizedAction(MATTER, "a-1", SETTLEMENT, "signed", DAY))
                .expectNoEvents().expectException(ruleViolation("authorization-declined"));
        fixture.given(OPENED, requested, approved)
                .when(new RecordAuthorizedAction(MATTER, "a-1", AuthorizationDecision.CLAIM_WITHDRAWAL, "withdrawn", DAY))
                .expectNoEvents().expectException(ruleViolation("authorization-required"));

        AuthorizedActionRecorded recorded = new AuthorizedActionRecorded(MATTER, "a-1", SETTLEMENT, settle.description(), DAY);
        fixture.given(OPENED, requested, approved).when(settle).expectEvents(recorded);
        fixture.given(OPENED, requested, approved, recorded).when(settle)
                .expectNoEvents().expectException(ruleViolation("authorization-required"));
        fixture.given(OPENED, requested, approved, recorded)
                .when(new RecordAuthorizedAction(MATTER, "a-1", SETTLEMENT, "signed again", DAY))
                .expectNoEvents().expectException(ruleViolation("authorization-used"));
    }
}
