package com.lawfirm.events.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A check recorded at revision 3 reads with its affiliate hits' paths as steps and their reasons naming no one. */
class ConflictCheckCompletedPathUpcasterTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAffiliatesPathBecomesStepsAndItsReasonLosesTheName() throws Exception {
        JsonNode upgraded = new ConflictCheckCompletedPathUpcaster().upgrade(json.readTree("""
                {"checkId":"chk-1","hits":[
                 {"matchKind":"AFFILIATE","matchedBecause":"same name; affiliated with 北辰物业服务有限公司",
                  "path":["鼎盛投资集团有限公司 PARENT_OF 北辰物业服务有限公司"]},
                 {"matchKind":"NAME","matchedBecause":"same name; a client of the firm","path":[]}]}"""));

        JsonNode affiliate = upgraded.path("hits").get(0);
        assertThat(affiliate.path("matchedBecause").asText()).isEqualTo("same name; " + AffiliationLink.REASON);
        AffiliationLink step = json.treeToValue(affiliate.path("path").get(0), AffiliationLink.class);
        assertThat(step).isEqualTo(new AffiliationLink(null, "鼎盛投资集团有限公司 PARENT_OF 北辰物业服务有限公司", null, null, null));
        assertThat(upgraded.path("hits").get(1).path("matchedBecause").asText()).isEqualTo("same name; a client of the firm");
    }
}
