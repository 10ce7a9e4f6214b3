package com.lawfirm.conflict.check;

import com.lawfirm.events.conflict.AffiliationLink;
import com.lawfirm.events.conflict.FrozenHit;
import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ProspectPersonalDataErased;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An erasure leaves the recorded checks on PostgreSQL as a replay now reads them: the name another check's affiliate
 * hit found, and each name on its path, go with their own subject, and nothing of anyone else.
 */
class CheckErasureTest {

    private static final String CLIENT = "欧阳明";
    private static final String PROSPECT = "欧阳晓岚";
    private static final String ADVERSE = "北辰物业服务有限公司";

    private static ReadModelStore store;

    @BeforeAll
    static void migrate() {
        store = TestStack.get().readModels("conflict_check_erasure");
    }

    @Test
    void aProspectsAndThenAClientsNamesGoFromAnotherChecksAffiliateHitAndItsPath() {
        String clientId = UUID.randomUUID().toString();
        String prospectInquiry = UUID.randomUUID().toString();
        String checkId = UUID.randomUUID().toString();
        ConflictCheckView check = new ConflictCheckView();
        check.checkId = checkId;
        check.inquiryId = UUID.randomUUID().toString();
        check.hits = List.of(new FrozenHit(0, "AFFILIATE", 0.7, "name", "欧阳 明", CLIENT,
                "same name; affiliated with a party of these matters (see the path)", List.of(), clientId, null, null, null,
                List.of(new AffiliationLink(CLIENT, "SHAREHOLDER_OF", PROSPECT, clientId, prospectInquiry),
                        new AffiliationLink(PROSPECT, "DIRECTOR_OF", ADVERSE, prospectInquiry, null)), null));
        store.put(ConflictCheckProjection.COLLECTION, checkId, check);
        CheckErasure erasure = new CheckErasure(store);

        erasure.on(new ProspectPersonalDataErased(prospectInquiry, List.of(prospectInquiry), LocalDate.of(2030, 1, 1), null, "a"));
        FrozenHit hit = read(checkId);
        assertThat(hit.matchedName()).isEqualTo(CLIENT);
        assertThat(hit.searchedValue()).as("what the other check searched is its own").isEqualTo("欧阳 明");
        assertThat(hit.path()).containsExactly(
                new AffiliationLink(CLIENT, "SHAREHOLDER_OF", PersonalData.ERASED, clientId, prospectInquiry),
                new AffiliationLink(PersonalData.ERASED, "DIRECTOR_OF", ADVERSE, prospectInquiry, null));

        erasure.on(new ClientPersonalDataErased(clientId, List.of(clientId), LocalDate.of(2040, 1, 1), null, "a"));
        hit = read(checkId);
        assertThat(hit.matchedName()).isEqualTo(PersonalData.ERASED);
        assertThat(hit.path().get(0).from()).isEqualTo(PersonalData.ERASED);
        assertThat(hit.path().get(1).to()).as("the other side is the matter's record").isEqualTo(ADVERSE);
    }

    private static FrozenHit read(String checkId) {
        return store.get(ConflictCheckProjection.COLLECTION, checkId, ConflictCheckView.class).orElseThrow().hits.get(0);
    }
}
