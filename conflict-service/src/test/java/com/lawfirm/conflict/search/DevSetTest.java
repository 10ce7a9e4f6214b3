package com.lawfirm.conflict.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.party.IdentifierScheme;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development set: an import of a synthetic firm and queries whose expected and forbidden matters (or staff)
 * are known, plus unseen noise names. Every expected reference must come back, no forbidden one, and noise may
 * average at most one hit.
 */
class DevSetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PartyIndex index;
    private static ConflictSearch search;

    @BeforeAll
    static void load() throws IOException {
        ConflictGraph graph = new ConflictGraph();
        index = new PartyIndex();
        PartyImport.Parsed parsed = new PartyImport(JSON).parse(resource("conflict-import.ndjson"), "dev-set");
        assertThat(parsed.errors()).isEmpty();
        new GraphLoader(graph, index).apply(parsed.records());
        search = new ConflictSearch(graph, index, 2);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void everyExpectedReferenceComesBackAndNoForbiddenOneAndNoiseStaysQuiet() throws IOException {
        List<String> failures = new ArrayList<>();
        int noiseQueries = 0;
        int noiseHits = 0;
        for (JsonNode query : JSON.readTree(resource("conflict-queries.json"))) {
            Set<String> refs = references(search.search(party(query.get("party"))));
            String why = query.get("why").asText() + " (" + query.get("party").get("name").asText() + ")";
            query.get("expect").forEach(e -> {
                if (!refs.contains(e.asText())) {
                    failures.add("missed " + e.asText() + ": " + why + " -> " + refs);
                }
            });
            query.get("forbid").forEach(f -> {
                if (refs.contains(f.asText())) {
                    failures.add("false hit " + f.asText() + ": " + why);
                }
            });
            if (query.get("why").asText().startsWith("noise")) {
                noiseQueries++;
                noiseHits += refs.size();
            }
        }
        System.out.printf("dev set: %d noise queries, %d hits (%.2f per query)%n", noiseQueries, noiseHits,
                (double) noiseHits / noiseQueries);
        assertThat(failures).isEmpty();
        assertThat((double) noiseHits / noiseQueries).isLessThanOrEqualTo(1.0);
    }

    @Test
    void everyHitIsExplained() {
        List<ConflictHit> hits = search.search(new SearchedParty(CheckRole.PROSPECTIVE_CLIENT, PartyKind.ORGANIZATION,
                "畅达冷链科技有限公司", List.of(), List.of()));
        ConflictHit affiliate = hits.stream().filter(h -> h.matchKind() == MatchKind.AFFILIATE).findFirst().orElseThrow();
        assertThat(affiliate.matters()).extracting(MatterInvolvement::matterRef).contains("T-0005");
        assertThat(affiliate.path()).hasSize(2);
        assertThat(affiliate.searchedField()).isEqualTo("name");
        assertThat(affiliate.score()).isPositive();

        ConflictHit renamed = search.search(new SearchedParty(CheckRole.PROSPECTIVE_CLIENT, PartyKind.ORGANIZATION,
                "杭州澜海数据有限公司", List.of(), List.of(new PartyIdentifier(IdentifierScheme.CN_USCC, "91330106MA2H8K3L08"))))
                .get(0);
        assertThat(renamed.matchKind()).isEqualTo(MatchKind.IDENTIFIER);
        assertThat(renamed.searchedField()).isEqualTo("identifiers[0]");
        assertThat(renamed.matchedName()).isEqualTo("杭州澜海智能科技有限公司");
    }

    private static Set<String> references(List<ConflictHit> hits) {
        Set<String> refs = new LinkedHashSet<>();
        for (ConflictHit hit : hits) {
            hit.matters().forEach(m -> refs.add(m.matterRef()));
            if (hit.staffId() != null) {
                refs.add(hit.staffId());
            }
        }
        return refs;
    }

    private static SearchedParty party(JsonNode p) {
        List<String> aliases = new ArrayList<>();
        if (p.has("aliases")) {
            p.get("aliases").forEach(a -> aliases.add(a.asText()));
        }
        List<PartyIdentifier> ids = new ArrayList<>();
        if (p.has("identifiers")) {
            p.get("identifiers").forEach(i -> ids.add(new PartyIdentifier(IdentifierScheme.valueOf(i.get("scheme").asText()),
                    i.get("value").asText())));
        }
        return new SearchedParty(CheckRole.valueOf(p.get("role").asText()), PartyKind.valueOf(p.get("kind").asText()),
                p.get("name").asText(), aliases, ids);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DevSetTest.class.getResourceAsStream("/conflict-dev-set/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
