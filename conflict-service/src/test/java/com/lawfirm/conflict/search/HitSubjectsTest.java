package com.lawfirm.conflict.search;

import com.lawfirm.events.conflict.AffiliationLink;
import com.lawfirm.events.conflict.ImportedParty;
import com.lawfirm.events.conflict.LegacyAffiliationImported;
import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.ConflictCheckRequested;
import com.lawfirm.events.intake.DeclineReason;
import com.lawfirm.events.intake.InquiryDeclined;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hit says whose name it found, so a recorded check seals the name under its data subject: the firm's client,
 * or else the inquiry whose prospective client it is; an affiliate's path does so name by name, and its reason names
 * no one.
 */
class HitSubjectsTest {

    private static final String CLIENT = "欧阳明";
    private static final String PROSPECT = "欧阳晓岚";
    private static final String ADVERSE = "北辰物业服务有限公司";

    private final PartyIndex index = new PartyIndex();
    private final ConflictGraph graph = new ConflictGraph();
    private final GraphLoader loader = new GraphLoader(graph, index);
    private final ConflictSearch search = new ConflictSearch(graph, index, 2);

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aHitOnAnInquirysProspectNamesTheInquiryAndOneOnItsOtherSideNone() {
        loader.apply(List.of(inquiry("inq-5", PROSPECT, "无锡恒越精密机械有限公司")));
        assertThat(only(search.search(person(PROSPECT)), MatchKind.NAME).prospectInquiry()).isEqualTo("inq-5");
        ConflictHit adverse = only(search.search(organization("无锡恒越精密机械有限公司")), MatchKind.NAME);
        assertThat(adverse.prospectInquiry()).isNull();
        assertThat(adverse.clientId()).isNull();
    }

    @Test
    void anAffiliatesHitOnAClientNamesTheClientAndSealsItsPathNameByName() {
        loader.apply(List.of(client("c-1", CLIENT), affiliation(CLIENT, PartyKind.PERSON, "SHAREHOLDER_OF", ADVERSE),
                matterAgainst(ADVERSE)));

        ConflictHit hit = only(search.search(person(CLIENT)), MatchKind.AFFILIATE);
        assertThat(hit.matchedName()).isEqualTo(CLIENT);
        assertThat(hit.clientId()).isEqualTo("c-1");
        assertThat(hit.prospectInquiry()).isNull();
        assertThat(hit.path()).containsExactly(new AffiliationLink(CLIENT, "SHAREHOLDER_OF", ADVERSE, "c-1", null));
        assertThat(hit.matchedBecause()).doesNotContain(CLIENT).doesNotContain(ADVERSE);
    }

    @Test
    void anAffiliatesHitOnAProspectNamesItsInquiryWhileOpenAndAfterItEnded() {
        loader.apply(List.of(inquiry("inq-7", PROSPECT, "恒远物流有限公司"),
                affiliation(ADVERSE, PartyKind.ORGANIZATION, "EMPLOYER_OF", PROSPECT), matterAgainst(ADVERSE)));

        ConflictHit hit = only(search.search(person(PROSPECT)), MatchKind.AFFILIATE);
        assertThat(hit.prospectInquiry()).isEqualTo("inq-7");
        assertThat(hit.clientId()).isNull();
        assertThat(hit.path()).containsExactly(new AffiliationLink(ADVERSE, "EMPLOYER_OF", PROSPECT, null, "inq-7"));

        loader.apply(List.of(new InquiryDeclined("inq-7", DeclineReason.OUTSIDE_EXPERTISE, null)));
        hit = only(search.search(person(PROSPECT)), MatchKind.AFFILIATE);
        assertThat(hit.prospectInquiry()).as("the ended inquiry still holds the prospect's records").isEqualTo("inq-7");
        assertThat(hit.path().get(0).toSubject()).isEqualTo("inq-7");
    }

    private static ConflictHit only(List<ConflictHit> hits, MatchKind kind) {
        List<ConflictHit> ofKind = hits.stream().filter(hit -> hit.matchKind() == kind).toList();
        assertThat(ofKind).hasSize(1);
        return ofKind.get(0);
    }

    private static ConflictCheckRequested inquiry(String inquiryId, String prospect, String adverse) {
        return new ConflictCheckRequested("chk-" + inquiryId, inquiryId, List.of(
                new CheckedParty(CheckRole.PROSPECTIVE_CLIENT, PartyKind.PERSON, prospect, List.of(), List.of()),
                new CheckedParty(CheckRole.ADVERSE, PartyKind.ORGANIZATION, adverse, List.of(), List.of())));
    }

    private static ClientRegistered client(String clientId, String name) {
        return new ClientRegistered(clientId, PartyKind.PERSON, name, List.of(), List.of(), List.of(), List.of(), null,
                "li.na", null, null);
    }

    private static LegacyAffiliationImported affiliation(String subject, PartyKind kind, String relation, String object) {
        PartyKind objectKind = kind == PartyKind.PERSON ? PartyKind.ORGANIZATION : PartyKind.PERSON;
        return new LegacyAffiliationImported("rec-" + subject, "imp-1",
                new ImportedParty(null, kind, subject, List.of(), List.of(), List.of()), relation,
                new ImportedParty(null, objectKind, object, List.of(), List.of(), List.of()));
    }

    private static MatterOpened matterAgainst(String adverse) {
        return new MatterOpened("m-2", "2026-LIT-0002", "e-2", "inq-2", "c-2", "华夏科技有限公司",
                MatterType.CIVIL_LITIGATION, "华夏诉北辰 物业服务合同纠纷", List.of(
                new MatterParty(PartyRole.CLIENT, PartyKind.ORGANIZATION, "华夏科技有限公司", List.of(), List.of()),
                new MatterParty(PartyRole.ADVERSE, PartyKind.ORGANIZATION, adverse, List.of(), List.of())),
                LocalDate.of(2026, 3, 2), null);
    }

    private static SearchedParty person(String name) {
        return new SearchedParty(CheckRole.ADVERSE, PartyKind.PERSON, name, List.of(), List.of());
    }

    private static SearchedParty organization(String name) {
        return new SearchedParty(CheckRole.ADVERSE, PartyKind.ORGANIZATION, name, List.of(), List.of());
    }
}
