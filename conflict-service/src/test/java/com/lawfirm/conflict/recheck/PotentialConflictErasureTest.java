package com.lawfirm.conflict.recheck;

import com.lawfirm.events.conflict.AffiliationLink;
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
 * An erasure leaves the potential conflicts on PostgreSQL as a replay now reads them: the client a finding is about,
 * and a prospect on its path, lose their names; the other side's stays, and so does the finding.
 */
class PotentialConflictErasureTest {

    private static final String CLIENT = "欧阳明";
    private static final String PROSPECT = "欧阳晓岚";
    private static final String ADVERSE = "北辰物业服务有限公司";

    private static ReadModelStore store;

    @BeforeAll
    static void migrate() {
        store = TestStack.get().readModels("conflict_potential_erasure");
    }

    @Test
    void theSubjectAndTheNamesOnThePathGoWithTheirOwnErasure() {
        String clientId = UUID.randomUUID().toString();
        String prospectInquiry = UUID.randomUUID().toString();
        String discoveryId = UUID.randomUUID().toString();
        PotentialConflictView finding = new PotentialConflictView();
        finding.discoveryId = discoveryId;
        finding.trigger = "AFFILIATION";
        finding.description = "新的关联关系使本所客户与对方当事人相关联 — a new affiliation links a client of the firm with a party it acts against";
        finding.subjectName = CLIENT;
        finding.subjectId = clientId;
        finding.path = List.of(new AffiliationLink(CLIENT, "SPOUSE_OF", PROSPECT, clientId, prospectInquiry),
                new AffiliationLink(PROSPECT, "DIRECTOR_OF", ADVERSE, prospectInquiry, null));
        finding.status = PotentialConflictView.Status.REVIEWED;
        store.put(PotentialConflictProjection.COLLECTION, discoveryId, finding);
        PotentialConflictErasure erasure = new PotentialConflictErasure(store);

        erasure.on(new ProspectPersonalDataErased(prospectInquiry, List.of(prospectInquiry), LocalDate.of(2030, 1, 1), null, "a"));
        PotentialConflictView read = read(discoveryId);
        assertThat(read.subjectName).isEqualTo(CLIENT);
        assertThat(read.path).containsExactly(
                new AffiliationLink(CLIENT, "SPOUSE_OF", PersonalData.ERASED, clientId, prospectInquiry),
                new AffiliationLink(PersonalData.ERASED, "DIRECTOR_OF", ADVERSE, prospectInquiry, null));

        erasure.on(new ClientPersonalDataErased(clientId, List.of(clientId), LocalDate.of(2040, 1, 1), null, "a"));
        read = read(discoveryId);
        assertThat(read.subjectName).isEqualTo(PersonalData.ERASED);
        assertThat(read.path.get(0).from()).isEqualTo(PersonalData.ERASED);
        assertThat(read.path.get(1).to()).as("the other side is the matter's record").isEqualTo(ADVERSE);
        assertThat(read.status).as("what the analyst concluded stays").isEqualTo(PotentialConflictView.Status.REVIEWED);
    }

    private static PotentialConflictView read(String discoveryId) {
        return store.get(PotentialConflictProjection.COLLECTION, discoveryId, PotentialConflictView.class).orElseThrow();
    }
}
