package com.lawfirm.matter.casefile;

import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.LocalDate;
import java.util.List;

/** The matter every aggregate test starts from. */
final class MatterFixtures {

    static final String MATTER = "m-1";
    static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    static final MatterOpened OPENED = new MatterOpened(MATTER, "2026-LIT-0001", "e-1", "i-1", "c-1", "无锡恒越精密机械有限公司",
            MatterType.CIVIL_LITIGATION, "买卖合同纠纷一审", List.of(new MatterParty(PartyRole.CLIENT,
            PartyKind.ORGANIZATION, "无锡恒越精密机械有限公司", List.of(), List.of())), DAY, null);

    private MatterFixtures() {
    }

    static AggregateTestFixture<Matter> fixture() {
        return new AggregateTestFixture<>(Matter.class);
    }
}
