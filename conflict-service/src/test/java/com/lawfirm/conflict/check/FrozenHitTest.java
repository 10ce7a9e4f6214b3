package com.lawfirm.conflict.check;

import com.lawfirm.conflict.search.ConflictHit;
import com.lawfirm.conflict.search.MatchKind;
import com.lawfirm.conflict.search.MatterInvolvement;
import com.lawfirm.events.party.PartyRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A hit is frozen naming the open inquiry whose prospect it is on, so the stored name is sealed under that inquiry. */
class FrozenHitTest {

    private static final MatterInvolvement PROSPECT = new MatterInvolvement("inq-5", null, "潜在委托 inquiry inq-5",
            MatterInvolvement.INQUIRY, null, PartyRole.CLIENT, null, null, null);
    private static final MatterInvolvement ADVERSE = new MatterInvolvement("inq-6", null, "潜在委托 inquiry inq-6",
            MatterInvolvement.INQUIRY, null, PartyRole.ADVERSE, null, null, null);

    @Test
    void aHitOnAnOpenInquirysProspectNamesTheInquiry() {
        assertThat(CheckRunner.freeze(0, hit(List.of(ADVERSE, PROSPECT), null)).prospectInquiry()).isEqualTo("inq-5");
    }

    @Test
    void aHitOnAClientOrOnTheOtherSideOfAnInquiryNamesNone() {
        assertThat(CheckRunner.freeze(0, hit(List.of(PROSPECT), "c-1")).prospectInquiry()).isNull();
        assertThat(CheckRunner.freeze(0, hit(List.of(ADVERSE), null)).prospectInquiry()).isNull();
    }

    /** An affiliate's hit names the party found, not the prospect whose inquiry it leads to. */
    @Test
    void anAffiliatesHitNamesNone() {
        assertThat(CheckRunner.freeze(0, hit(MatchKind.AFFILIATE, List.of(PROSPECT), null)).prospectInquiry()).isNull();
    }

    private static ConflictHit hit(List<MatterInvolvement> matters, String clientId) {
        return hit(MatchKind.NAME, matters, clientId);
    }

    private static ConflictHit hit(MatchKind kind, List<MatterInvolvement> matters, String clientId) {
        return new ConflictHit(kind, 0.9, "name", "欧阳晓兰", "欧阳晓岚", "similar name", matters, clientId,
                clientId == null ? null : false, null, null, List.of());
    }
}
