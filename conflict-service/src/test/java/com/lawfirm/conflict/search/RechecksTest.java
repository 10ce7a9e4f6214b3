package com.lawfirm.conflict.search;

import com.lawfirm.events.conflict.AffiliationLink;
import com.lawfirm.events.conflict.ImportedParty;
import com.lawfirm.events.conflict.LegacyAffiliationImported;
import com.lawfirm.events.conflict.LegacyMatterImported;
import com.lawfirm.events.intake.ClientEngaged;
import com.lawfirm.events.intake.ClientMarkedFormer;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.ClientRenamed;
import com.lawfirm.events.matter.DisclosureKind;
import com.lawfirm.events.matter.StaffDisclosureRecorded;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-checks on the graph alone: what a new fact connects across live matters, reported once per connection. */
class RechecksTest {

    private final ConflictGraph graph = new ConflictGraph();
    private final PartyIndex index = new PartyIndex();
    private final List<Rechecks.Discovery> found = new ArrayList<>();
    private final Rechecks rechecks = new Rechecks(graph, index, 2, found::add);
    private final GraphLoader loader = new GraphLoader(graph, index, rechecks);

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void anAffiliationBetweenAClientAndAnOpponentOfLiveMattersIsFound() {
        loader.apply(List.of(matter("M-1", "OPEN", "鼎盛投资集团有限公司", "远航贸易有限公司"),
                matter("M-2", "OPEN", "青松餐饮管理有限公司", "北辰物业服务有限公司"),
                matter("M-3", "CLOSED", "白云化工有限公司", "北辰物业服务有限公司")));
        assertThat(found).isEmpty();
        loader.apply(List.of(affiliation("鼎盛投资集团有限公司", "PARENT_OF", "北辰物业服务有限公司")));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.trigger()).isEqualTo("AFFILIATION");
            assertThat(d.matters()).extracting(MatterInvolvement::matterRef).containsExactlyInAnyOrder("M-1", "M-2");
            assertThat(d.path()).containsExactly(new AffiliationLink("鼎盛投资集团有限公司", "PARENT_OF", "北辰物业服务有限公司",
                    null, null));
            assertThat(d.description()).doesNotContain("鼎盛").doesNotContain("北辰");
        });
        loader.apply(List.of(affiliation("鼎盛投资集团有限公司", "CONTROLLED_BY", "北辰物业服务有限公司")));
        assertThat(found).hasSize(2);
        assertThat(found.get(1).id()).as("the same connection, found again, has the same identity").isEqualTo(found.get(0).id());
        loader.apply(List.of(affiliation("鼎盛投资集团有限公司", "PARENT_OF", "北辰物业服务有限公司")));
        assertThat(found).as("a link already known connects nothing new").hasSize(2);
    }

    @Test
    void anAffiliationBetweenTwoClientsIsNoConflict() {
        loader.apply(List.of(matter("M-1", "OPEN", "鼎盛投资集团有限公司", "远航贸易有限公司"),
                matter("M-2", "OPEN", "青松餐饮管理有限公司", "北辰物业服务有限公司"),
                affiliation("鼎盛投资集团有限公司", "PARENT_OF", "青松餐饮管理有限公司")));
        assertThat(found).isEmpty();
    }

    @Test
    void aLateralHiresPriorClientAgainstWhomTheFirmActsIsFound() {
        loader.apply(List.of(matter("M-1", "OPEN", "云帆航空服务有限公司", "Oscorp Industries")));
        loader.apply(List.of(new StaffDisclosureRecorded("S-1", "吴倩", DisclosureKind.PRIOR_CLIENT,
                PartyKind.ORGANIZATION, "Oscorp Industries Inc.", List.of(), List.of(), "former firm")));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.staffId()).isEqualTo("S-1");
            assertThat(d.matters()).extracting(MatterInvolvement::matterRef).containsExactly("M-1");
        });
    }

    @Test
    void theSamePartyIsLookedForWithoutNearSpellings() {
        List<Boolean> nearSpellingsAsked = new ArrayList<>();
        ConflictGraph graph = new ConflictGraph();
        try (PartyIndex index = new PartyIndex() {
            @Override
            List<Candidate> byName(PartyKind kind, NameKeys keys, boolean nearSpellings) {
                nearSpellingsAsked.add(nearSpellings);
                return super.byName(kind, keys, nearSpellings);
            }
        }) {
            GraphLoader loader = new GraphLoader(graph, index, new Rechecks(graph, index, 2, found::add));
            loader.apply(List.of(matter("M-1", "OPEN", "云帆航空服务有限公司", "Oscorp Industries")));
            NameKeys nearly = NameAnalysis.of(PartyKind.ORGANIZATION, "Oscorb Industries");
            assertThat(index.byName(PartyKind.ORGANIZATION, nearly)).as("a check finds the near spelling")
                    .extracting(PartyIndex.Candidate::kind).contains(MatchKind.FUZZY);
            assertThat(index.byName(PartyKind.ORGANIZATION, nearly, false)).as("without near spellings it is not found")
                    .isEmpty();
            assertThat(index.byName(PartyKind.ORGANIZATION, NameAnalysis.of(PartyKind.ORGANIZATION, "Oscorp Industries"),
                    false)).extracting(PartyIndex.Candidate::kind).containsOnly(MatchKind.NAME);

            nearSpellingsAsked.clear();
            loader.apply(List.of(new ClientRegistered("c-1", PartyKind.ORGANIZATION, "Oscorb Industries", List.of(),
                    List.of(), List.of(), List.of(), Language.EN, null, null, null)));
            assertThat(nearSpellingsAsked).as("a re-check reports only the same party: a near spelling would be a false"
                    + " alarm, so it does not look for one").isNotEmpty().containsOnly(false);
            assertThat(found).isEmpty();
        }
    }

    @Test
    void aClientRenamedToTheNameOfAnOpponentIsFound() {
        loader.apply(List.of(matter("M-1", "OPEN", "长风文化传媒有限公司3f9a2c", "星河影业有限公司3f9a2c"),
                new ClientRegistered("c-1", PartyKind.ORGANIZATION, "银河娱乐有限公司3f9a2c", List.of(), List.of(), List.of(),
                        List.of(), Language.ZH, null, null, null)));
        assertThat(found).isEmpty();
        loader.apply(List.of(new ClientRenamed("c-1", "星河影业有限公司3f9a2c", "银河娱乐有限公司3f9a2c", LocalDate.now())));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.trigger()).isEqualTo("CLIENT_RENAMED");
            // the client's name is sealed under the client: the description names no one
            assertThat(d.subjectId()).isEqualTo("c-1");
            assertThat(d.description()).doesNotContain("3f9a2c");
            assertThat(d.subjectName()).isEqualTo("银河娱乐有限公司3f9a2c");
            assertThat(d.path()).containsExactly(new AffiliationLink("银河娱乐有限公司3f9a2c", "SAME_PARTY_AS",
                    "星河影业有限公司3f9a2c", "c-1", null));
        });
    }

    @Test
    void aFormerClientTheFirmActsAgainstIsFoundWhenItSignsAgain() {
        loader.apply(List.of(new ClientRegistered("c-1", PartyKind.ORGANIZATION, "星河影业有限公司", List.of(), List.of(),
                        List.of(), List.of(), Language.ZH, null, null, null),
                new ClientMarkedFormer("c-1", LocalDate.of(2020, 6, 30), "matter closed"),
                matter("M-1", "OPEN", "长风文化传媒有限公司", "星河影业有限公司")));
        assertThat(found).as("acting against a former client is for the check to weigh, not a re-check").isEmpty();
        loader.apply(List.of(new ClientEngaged("c-1", "e-2", LocalDate.of(2026, 11, 27))));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.trigger()).isEqualTo("CLIENT_ENGAGED");
            assertThat(d.matters()).extracting(MatterInvolvement::matterRef).containsExactly("M-1");
            assertThat(d.subjectId()).isEqualTo("c-1");
        });
        loader.apply(List.of(new ClientEngaged("c-1", "e-3", LocalDate.of(2026, 11, 28))));
        assertThat(found).as("a current client's next engagement changes nothing").hasSize(1);
    }

    @Test
    void aNewClientWhoIsAnOpponentOnALiveMatterIsFound() {
        loader.apply(List.of(matter("M-1", "OPEN", "长风文化传媒有限公司", "星河影业有限公司"),
                matter("M-2", "CLOSED", "白云化工有限公司", "蓝天化工有限公司")));
        loader.apply(List.of(new ClientRegistered("c-1", PartyKind.ORGANIZATION, "星河影业有限公司", List.of(), List.of(),
                        List.of(), List.of(), Language.ZH, null, null, null),
                new ClientRegistered("c-2", PartyKind.ORGANIZATION, "蓝天化工有限公司", List.of(), List.of(),
                        List.of(), List.of(), Language.ZH, null, null, null)));
        assertThat(found).as("only the live matter counts").singleElement().satisfies(d -> {
            assertThat(d.trigger()).isEqualTo("CLIENT_REGISTERED");
            assertThat(d.matters()).extracting(MatterInvolvement::matterRef).containsExactly("M-1");
            assertThat(d.subjectName()).isEqualTo("星河影业有限公司");
            assertThat(d.subjectId()).isEqualTo("c-1");
            assertThat(d.description()).doesNotContain("星河");
        });
    }

    @Test
    void nothingIsFoundWhileDisabled() {
        loader.apply(List.of(matter("M-1", "OPEN", "鼎盛投资集团有限公司", "远航贸易有限公司"),
                matter("M-2", "OPEN", "青松餐饮管理有限公司", "北辰物业服务有限公司")));
        rechecks.enable(false);
        loader.apply(List.of(affiliation("鼎盛投资集团有限公司", "PARENT_OF", "北辰物业服务有限公司")));
        assertThat(found).isEmpty();
    }

    private static LegacyMatterImported matter(String ref, String status, String client, String adverse) {
        return new LegacyMatterImported("r-" + ref, "i-1", ref, "合同纠纷", status, "LITIGATION", List.of(
                party(PartyRole.CLIENT, client), party(PartyRole.ADVERSE, adverse)));
    }

    private static LegacyAffiliationImported affiliation(String subject, String relation, String object) {
        return new LegacyAffiliationImported("a-" + subject + relation, "i-1", party(null, subject), relation, party(null, object));
    }

    private static ImportedParty party(PartyRole role, String name) {
        return new ImportedParty(role, PartyKind.ORGANIZATION, name, List.of(), List.of(), List.of());
    }
}
