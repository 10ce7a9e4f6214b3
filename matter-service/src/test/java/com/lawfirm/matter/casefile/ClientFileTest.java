package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.ClientReferralRecorded;
import com.lawfirm.events.matter.CommunicationDirection;
import com.lawfirm.events.matter.CommunicationLogged;
import com.lawfirm.events.matter.DocumentFiled;
import com.lawfirm.events.matter.DocumentKind;
import com.lawfirm.events.matter.FollowUpVisitRecorded;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.matter.casefile.MatterCommands.FileDocument;
import com.lawfirm.matter.casefile.MatterCommands.LogCommunication;
import com.lawfirm.matter.casefile.MatterCommands.RecordFollowUpVisit;
import com.lawfirm.matter.casefile.MatterCommands.RecordReferral;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.lawfirm.kit.testing.Refusals.invalidField;
import static com.lawfirm.matter.casefile.MatterFixtures.DAY;
import static com.lawfirm.matter.casefile.MatterFixtures.MATTER;
import static com.lawfirm.matter.casefile.MatterFixtures.OPENED;

class ClientFileTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final AggregateTestFixture<Matter> fixture = MatterFixtures.fixture();
    private final DocumentFiled filed = new DocumentFiled(MATTER, "d-1", DocumentKind.POWER_OF_ATTORNEY,
            "授权委托书 Power of attorney", HASH, "s3://client-files/2026-LIT-0001/poa.pdf", 20480, "li.na", DAY);
    private final MatterClosed closed = new MatterClosed(MATTER, "结案", DAY, "免收 waived", DAY, DAY.plusMonths(3));

    @Test
    void aDocumentIsFiledWithTheHashOfItsContentOnce() {
        fixture.given(OPENED).when(file("d-1", HASH.toUpperCase())).expectEvents(filed);
        fixture.given(OPENED, filed).when(file("d-2", HASH)).expectNoEvents();
        fixture.given(OPENED).when(file("d-3", "not-a-hash"))
                .expectNoEvents().expectException(invalidField("contentHash"));
    }

    @Test
    void aCommunicationIsLoggedOnceAndStillAfterClosing() {
        CommunicationLogged call = new CommunicationLogged(MATTER, "c-1", "电话 phone", CommunicationDirection.OUTBOUND,
                "周总", "告知开庭时间 Told of the hearing date", java.time.Instant.parse("2026-11-28T02:00:00Z"), "li.na");
        fixture.given(OPENED, closed)
                .when(new LogCommunication(MATTER, "c-1", call.channel(), call.direction(), call.counterpart(), call.summary(),
                        call.at(), "li.na"))
                .expectEvents(call);
        fixture.given(OPENED, call)
                .when(new LogCommunication(MATTER, "c-1", call.channel(), call.direction(), call.counterpart(), call.summary(),
                        call.at(), "li.na"))
                .expectNoEvents();
    }

    @Test
    void aReferralCreditsTheMattersClientAndIsAcceptedAfterClosing() {
        List<Contact> contacts = List.of(new Contact(Contact.ContactKind.PHONE, "+86 138 0000 1234", "手机"));
        fixture.given(OPENED, closed)
                .when(new RecordReferral(MATTER, "r-1", PartyKind.ORGANIZATION, "苏州工业园区某科技公司", contacts,
                        "股权纠纷 Shareholder dispute", "li.na", DAY))
                .expectEvents(new ClientReferralRecorded(MATTER, "r-1", ClientReferralRecorded.inquiryIdOf("r-1"), "c-1",
                        "无锡恒越精密机械有限公司", PartyKind.ORGANIZATION, "苏州工业园区某科技公司", contacts,
                        "股权纠纷 Shareholder dispute", "li.na", DAY));
        FollowUpVisitRecorded visit = new FollowUpVisitRecorded(MATTER, "v-1", DAY, "li.na", "客户满意 Client satisfied");
        fixture.given(OPENED, closed).when(new RecordFollowUpVisit(MATTER, "v-1", DAY, "li.na", visit.summary()))
                .expectEvents(visit);
        fixture.given(OPENED, closed, visit).when(new RecordFollowUpVisit(MATTER, "v-1", DAY, "li.na", visit.summary()))
                .expectNoEvents();
    }

    private static FileDocument file(String id, String hash) {
        return new FileDocument(MATTER, id, DocumentKind.POWER_OF_ATTORNEY, "授权委托书 Power of attorney", hash,
                "s3://client-files/2026-LIT-0001/poa.pdf", 20480, "li.na", DAY);
    }
}
