package com.lawfirm.conflict.search;

import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.intake.ClientEngaged;
import com.lawfirm.events.intake.ClientMarkedFormer;
import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.ConflictCheckRequested;
import com.lawfirm.events.intake.DeclineReason;
import com.lawfirm.events.intake.InquiryDeclined;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.intake.ProspectPersonalDataErased;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.events.party.IdentifierScheme;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.events.privacy.PersonalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph from the firm's events: matters with their state, dates and lead lawyer; open inquiries while they are
 * open; and the index on disk, which puts the whole graph back after a restart.
 */
class GraphLoaderTest {

    private static final MatterOpened OPENED = new MatterOpened("m-1", "2026-LIT-0001", "e-1", "inq-1", "c-1",
            "华夏科技有限公司", MatterType.CIVIL_LITIGATION, "华夏诉张伟 合同纠纷", List.of(
            new MatterParty(PartyRole.CLIENT, PartyKind.ORGANIZATION, "华夏科技有限公司", List.of(), List.of()),
            new MatterParty(PartyRole.ADVERSE, PartyKind.PERSON, "张伟", List.of(), List.of())),
            LocalDate.of(2026, 3, 2), BigDecimal.TEN);

    @Test
    void aMatterCarriesItsDatesItsLeadLawyerAndItsClosing() {
        try (PartyIndex index = new PartyIndex()) {
            ConflictGraph graph = new ConflictGraph();
            new GraphLoader(graph, index).apply(List.of(OPENED,
                    new TeamMemberAssigned("m-1", "s-1", "li.na", "李娜", TeamRole.LEAD_LAWYER, LocalDate.of(2026, 3, 3)),
                    new MatterClosed("m-1", "胜诉", LocalDate.of(2026, 9, 1), null, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 10, 1))));
            MatterInvolvement matter = onlyMatter(new ConflictSearch(graph, index, 2), "Zhang Wei");
            assertThat(matter.matterRef()).isEqualTo("2026-LIT-0001");
            // the description is the client's, sealed under the matter: a hit frozen into a check never copies it
            assertThat(matter.title()).isEqualTo("案件 matter 2026-LIT-0001");
            assertThat(matter.role()).isEqualTo(PartyRole.ADVERSE);
            assertThat(matter.status()).isEqualTo("CLOSED");
            assertThat(matter.openedOn()).isEqualTo("2026-03-02");
            assertThat(matter.closedOn()).isEqualTo("2026-09-02");
            assertThat(matter.leadLawyer()).isEqualTo("李娜");
        }
    }

    @Test
    void anOpenInquiryIsFoundUntilItEndsButNeverAgainstItself() {
        try (PartyIndex index = new PartyIndex()) {
            ConflictGraph graph = new ConflictGraph();
            GraphLoader loader = new GraphLoader(graph, index);
            ConflictSearch search = new ConflictSearch(graph, index, 2);
            loader.apply(List.of(new ConflictCheckRequested("chk-1", "inq-7", List.of(
                    new CheckedParty(CheckRole.PROSPECTIVE_CLIENT, PartyKind.PERSON, "王芳", List.of(), List.of()),
                    new CheckedParty(CheckRole.ADVERSE, PartyKind.ORGANIZATION, "恒远物流有限公司", List.of(), List.of())))));
            MatterInvolvement inquiry = onlyMatter(search, "王芳");
            assertThat(inquiry.matterRef()).isEqualTo("inq-7");
            assertThat(inquiry.status()).isEqualTo("INQUIRY");
            assertThat(inquiry.role()).isEqualTo(PartyRole.CLIENT);
            assertThat(search.search(person("王芳"), "inq-7")).as("the inquiry's own check").isEmpty();

            loader.apply(List.of(new InquiryDeclined("inq-7", DeclineReason.NO_CAPACITY, "")));
            assertThat(search.search(person("王芳"))).isEmpty();
            loader.apply(List.of(new ConflictCheckRequested("chk-2", "inq-7", List.of(
                    new CheckedParty(CheckRole.PROSPECTIVE_CLIENT, PartyKind.PERSON, "王芳", List.of(), List.of())))));
            assertThat(search.search(person("王芳"))).as("a request read after its inquiry ended").isEmpty();
        }
    }

    @Test
    void theIndexOnDiskPutsTheWholeGraphBackWithThePositionsItReflects(@TempDir Path dir) {
        try (PartyIndex index = new PartyIndex(dir)) {
            ConflictGraph graph = new ConflictGraph();
            new GraphLoader(graph, index).apply(List.of(OPENED,
                    new TeamMemberAssigned("m-1", "s-1", "li.na", "李娜", TeamRole.LEAD_LAWYER, LocalDate.of(2026, 3, 3)),
                    new InquiryDeclined("inq-8", DeclineReason.NO_CAPACITY, "")));
            index.commit(Map.of("position:lawfirm.matter.events-0", "3"));
        }
        try (PartyIndex index = new PartyIndex(dir)) {
            assertThat(index.committed()).containsEntry("position:lawfirm.matter.events-0", "3");
            ConflictGraph graph = new ConflictGraph();
            index.load(graph::restore, graph::restoreEndedInquiry);
            assertThat(graph.size()).isEqualTo(2);
            assertThat(graph.inquiryEnded("inq-8")).isTrue();
            MatterInvolvement matter = onlyMatter(new ConflictSearch(graph, index, 2), "张伟");
            assertThat(matter.leadLawyer()).isEqualTo("李娜");

            // merged by name after the restart, as before it
            new GraphLoader(graph, index).apply(List.of(new MatterClosed("m-1", "和解", LocalDate.of(2026, 5, 1), null,
                    LocalDate.of(2026, 5, 2), LocalDate.of(2026, 6, 1))));
            assertThat(onlyMatter(new ConflictSearch(graph, index, 2), "张伟").status()).isEqualTo("CLOSED");
            assertThat(graph.size()).isEqualTo(2);
        }
    }

    @Test
    void aFormerClientThatSignsAgainIsFoundAsTheFirmsClient() {
        try (PartyIndex index = new PartyIndex()) {
            ConflictGraph graph = new ConflictGraph();
            GraphLoader loader = new GraphLoader(graph, index);
            ConflictSearch search = new ConflictSearch(graph, index, 2);
            loader.apply(List.of(new ClientRegistered("c-5", PartyKind.PERSON, "欧阳晓峰", List.of("Ouyang Xiaofeng"),
                    List.of(), List.of(), List.of(), null, "li.na", null, null),
                    new ClientMarkedFormer("c-5", LocalDate.of(2020, 6, 30), "matter closed")));
            ConflictHit former = search.search(person("欧阳晓峰")).get(0);
            assertThat(former.clientId()).isEqualTo("c-5");
            assertThat(former.formerClient()).isTrue();

            loader.apply(List.of(new ClientEngaged("c-5", "e-5", LocalDate.of(2026, 11, 27))));
            ConflictHit current = search.search(person("Ouyang Xiaofeng")).get(0);
            assertThat(current.formerClient()).isFalse();
            assertThat(current.matchedBecause()).endsWith("; a client of the firm");
        }
    }

    @Test
    void anErasedClientLeavesTheGraphAndTheIndexAndIsNotPutBackByAReplay(@TempDir Path dir) {
        ClientRegistered registered = new ClientRegistered("c-9", PartyKind.PERSON, "欧阳明", List.of("Ouyang Ming"), List.of(),
                List.of(new PartyIdentifier(IdentifierScheme.CN_RESIDENT_ID, "11010519491231002X")), List.of(), null, "li.na",
                null, null);
        MatterOpened opened = new MatterOpened("m-9", "2026-LIT-0009", "e-9", "inq-9", "c-9", "欧阳明",
                MatterType.CIVIL_LITIGATION, "继承纠纷", List.of(
                new MatterParty(PartyRole.CLIENT, PartyKind.PERSON, "欧阳明", List.of(), List.of()),
                new MatterParty(PartyRole.ADVERSE, PartyKind.PERSON, "欧阳亮", List.of(), List.of())),
                LocalDate.of(2026, 3, 2), null);
        try (PartyIndex index = new PartyIndex(dir)) {
            ConflictGraph graph = new ConflictGraph();
            GraphLoader loader = new GraphLoader(graph, index);
            ConflictSearch search = new ConflictSearch(graph, index, 2);
            loader.apply(List.of(registered, opened));
            assertThat(search.search(person("欧阳明"))).isNotEmpty();

            loader.apply(List.of(new ClientPersonalDataErased("c-9", List.of("c-9", "e-9"), LocalDate.of(2040, 1, 1), null, "a")));
            assertThat(search.search(person("欧阳明"))).isEmpty();
            assertThat(search.search(new SearchedParty(CheckRole.ADVERSE, PartyKind.PERSON, "x", List.of(),
                    List.of(new PartyIdentifier(IdentifierScheme.CN_RESIDENT_ID, "11010519491231002X"))))).isEmpty();
            assertThat(onlyMatter(search, "欧阳亮").matterRef()).as("the other side keeps its matter").isEqualTo("2026-LIT-0009");
            index.commit(Map.of());
        }
        try (PartyIndex index = new PartyIndex(dir)) {
            ConflictGraph graph = new ConflictGraph();
            index.load(graph::restore, graph::restoreEndedInquiry);
            ConflictSearch search = new ConflictSearch(graph, index, 2);
            assertThat(search.search(person("欧阳明"))).as("after a restart").isEmpty();

            // a rebuild reads the events as they read now: the client's fields erased
            graph.clear();
            index.clear();
            new GraphLoader(graph, index).apply(List.of(
                    new ClientRegistered("c-9", PartyKind.PERSON, PersonalData.ERASED, List.of(), List.of(), List.of(),
                            List.of(), null, "li.na", null, null),
                    new MatterOpened("m-9", "2026-LIT-0009", "e-9", "inq-9", "c-9", PersonalData.ERASED,
                            MatterType.CIVIL_LITIGATION, "继承纠纷", List.of(
                            new MatterParty(PartyRole.CLIENT, PartyKind.PERSON, PersonalData.ERASED, List.of(), List.of()),
                            new MatterParty(PartyRole.ADVERSE, PartyKind.PERSON, "欧阳亮", List.of(), List.of())),
                            LocalDate.of(2026, 3, 2), null)));
            assertThat(search.search(person(PersonalData.ERASED))).isEmpty();
            assertThat(graph.size()).isEqualTo(1);
        }
    }

    /**
     * A declined prospect's node stays in the graph, with no place on any file, until its erasure; the graph keeps which
     * inquiry it was the prospect of across a restart, so the erasure finds it. A node that is also a client stays.
     */
    @Test
    void anErasedProspectLeavesTheGraphAndTheIndexUnlessItIsAlsoAClient(@TempDir Path dir) {
        PartyIdentifier idCard = new PartyIdentifier(IdentifierScheme.CN_RESIDENT_ID, "110101199203070024");
        ConflictCheckRequested requested = new ConflictCheckRequested("chk-8", "inq-8", List.of(
                new CheckedParty(CheckRole.PROSPECTIVE_CLIENT, PartyKind.PERSON, "欧阳晓岚", List.of(), List.of(idCard)),
                new CheckedParty(CheckRole.ADVERSE, PartyKind.ORGANIZATION, "南通鼎信物流有限公司", List.of(), List.of())));
        try (PartyIndex index = new PartyIndex(dir)) {
            ConflictGraph graph = new ConflictGraph();
            GraphLoader loader = new GraphLoader(graph, index);
            loader.apply(List.of(requested, new InquiryDeclined("inq-8", DeclineReason.OUTSIDE_EXPERTISE, null)));
            loader.flush();
            assertThat(graph.size()).isEqualTo(2);
            index.commit(Map.of());
        }
        try (PartyIndex index = new PartyIndex(dir)) {
            ConflictGraph graph = new ConflictGraph();
            index.load(graph::restore, graph::restoreEndedInquiry);
            int documents = index.documents();
            GraphLoader loader = new GraphLoader(graph, index);
            loader.apply(List.of(new ProspectPersonalDataErased("inq-8", List.of("inq-8"), LocalDate.of(2030, 1, 1), null, "a")));
            loader.flush();
            assertThat(graph.size()).as("the other side stays").isEqualTo(1);
            assertThat(index.documents()).isEqualTo(documents - 1);
            assertThat(new ConflictSearch(graph, index, 2).search(new SearchedParty(CheckRole.ADVERSE, PartyKind.PERSON, "x",
                    List.of(), List.of(idCard)))).isEmpty();
        }

        try (PartyIndex index = new PartyIndex()) {
            ConflictGraph graph = new ConflictGraph();
            GraphLoader loader = new GraphLoader(graph, index);
            loader.apply(List.of(requested, new InquiryDeclined("inq-8", DeclineReason.OUTSIDE_EXPERTISE, null),
                    new ClientRegistered("c-8", PartyKind.PERSON, "欧阳晓岚", List.of(), List.of(), List.of(idCard), List.of(),
                            null, "li.na", null, null),
                    new ProspectPersonalDataErased("inq-8", List.of("inq-8"), LocalDate.of(2030, 1, 1), null, "a")));
            assertThat(graph.size()).as("the client's node stays").isEqualTo(2);
            assertThat(graph.clientNode("c-8")).isNotNull();
        }
    }

    private static MatterInvolvement onlyMatter(ConflictSearch search, String name) {
        List<ConflictHit> hits = search.search(person(name));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).matters()).hasSize(1);
        return hits.get(0).matters().get(0);
    }

    private static SearchedParty person(String name) {
        return new SearchedParty(CheckRole.ADVERSE, PartyKind.PERSON, name, List.of(), List.of());
    }
}
