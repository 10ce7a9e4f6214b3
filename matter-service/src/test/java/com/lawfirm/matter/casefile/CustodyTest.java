package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.MaterialBroughtBack;
import com.lawfirm.events.matter.MaterialLent;
import com.lawfirm.events.matter.MaterialReceived;
import com.lawfirm.events.matter.MaterialRetentionAgreed;
import com.lawfirm.events.matter.MaterialReturnedToClient;
import com.lawfirm.matter.casefile.MatterCommands.AgreeRetention;
import com.lawfirm.matter.casefile.MatterCommands.BringBackMaterial;
import com.lawfirm.matter.casefile.MatterCommands.LendMaterial;
import com.lawfirm.matter.casefile.MatterCommands.ReceiveMaterial;
import com.lawfirm.matter.casefile.MatterCommands.ReturnMaterialToClient;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static com.lawfirm.kit.testing.Refusals.ruleViolation;
import static com.lawfirm.matter.casefile.MatterFixtures.DAY;
import static com.lawfirm.matter.casefile.MatterFixtures.MATTER;
import static com.lawfirm.matter.casefile.MatterFixtures.OPENED;

class CustodyTest {

    private final AggregateTestFixture<Matter> fixture = MatterFixtures.fixture();
    private final MaterialReceived contract = received("mat-1", "M-0001", "买卖合同原件 Sales contract (original)", true);
    private final MaterialReceived invoices = received("mat-2", "M-0002", "增值税发票复印件 VAT invoices (copies)", false);

    @Test
    void materialsAreNumberedInTheOrderReceivedAndOnce() {
        fixture.given(OPENED)
                .when(receive("mat-1", contract))
                .expectEvents(contract);
        fixture.given(OPENED, contract)
                .when(receive("mat-2", invoices))
                .expectEvents(invoices);
        fixture.given(OPENED, contract).when(receive("mat-1", contract)).expectNoEvents();
    }

    @Test
    void aMaterialIsAlwaysInOneKnownPlace() {
        MaterialLent lent = new MaterialLent(MATTER, "mat-1", "wang.fang", DAY, DAY.plusDays(3));
        fixture.given(OPENED, contract).when(new LendMaterial(MATTER, "mat-1", "wang.fang", DAY, DAY.plusDays(3)))
                .expectEvents(lent);
        fixture.given(OPENED, contract, lent).when(new LendMaterial(MATTER, "mat-1", "li.na", DAY, null))
                .expectNoEvents().expectException(ruleViolation("material-on-loan"));
        fixture.given(OPENED, contract, lent).when(new ReturnMaterialToClient(MATTER, "mat-1", DAY, "周总", "receipt:1"))
                .expectNoEvents().expectException(ruleViolation("material-on-loan"));
        fixture.given(OPENED, contract, lent).when(new BringBackMaterial(MATTER, "mat-1", DAY))
                .expectEvents(new MaterialBroughtBack(MATTER, "mat-1", DAY));
        MaterialReturnedToClient returned = new MaterialReturnedToClient(MATTER, "mat-1", DAY, "周总", "receipt:1");
        fixture.given(OPENED, contract).when(new ReturnMaterialToClient(MATTER, "mat-1", DAY, "周总", "receipt:1"))
                .expectEvents(returned);
        fixture.given(OPENED, contract, returned).when(new ReturnMaterialToClient(MATTER, "mat-1", DAY, "周总", "r"))
                .expectNoEvents().expectException(ruleViolation("material-returned"));
        fixture.given(OPENED).when(new BringBackMaterial(MATTER, "mat-9", DAY))
                .expectNoEvents().expectException(ruleViolation("material-unknown"));
    }

    @Test
    void onlyAnOriginalNeedsTheClientsAgreementToBeKept() {
        fixture.given(OPENED, contract).when(new AgreeRetention(MATTER, "mat-1", DAY, "letter:2026-118"))
                .expectEvents(new MaterialRetentionAgreed(MATTER, "mat-1", DAY, "letter:2026-118"));
        fixture.given(OPENED, invoices).when(new AgreeRetention(MATTER, "mat-2", DAY, "letter:2026-118"))
                .expectNoEvents().expectException(ruleViolation("not-an-original"));
    }

    private static ReceiveMaterial receive(String id, MaterialReceived like) {
        return new ReceiveMaterial(MATTER, id, like.description(), like.original(), like.pages(), like.copiesMade(),
                like.receivedFrom(), like.receivedBy(), like.receivedOn(), like.storageLocation());
    }

    private static MaterialReceived received(String id, String number, String description, boolean original) {
        return new MaterialReceived(MATTER, id, number, description, original, 12, 2, "周总", "li.na", DAY, "档案室 A-3");
    }
}
