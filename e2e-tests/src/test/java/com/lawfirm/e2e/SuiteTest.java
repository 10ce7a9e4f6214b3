package com.lawfirm.e2e;

import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The five services together: healthy, locked, and talking to each other only through Kafka events. */
class SuiteTest {

    private final Suite suite = Suite.get();
    private final String intake = TestStack.get().token("chen.jing", "INTAKE");
    private final String analyst = TestStack.get().token("zhou.lei", "CONFLICTS_ANALYST");

    @Test
    void everyServiceIsReadyAndRefusesAnonymousCalls() {
        for (String service : suite.names()) {
            Http.Response readiness = Http.get(suite.url(service) + "/actuator/health/readiness", null);
            assertThat(readiness.status()).as(service).isEqualTo(200);
            assertThat(readiness.body().path("status").asText()).as(service).isEqualTo("UP");
            Http.Response anonymous = Http.get(suite.url(service) + "/api/anything", null);
            assertThat(anonymous.status()).as(service).isEqualTo(401);
            assertThat(anonymous.contentType()).as(service).startsWith("application/problem+json");
        }
    }

    @Test
    void aClientRegisteredAtIntakeBecomesAPartyInTheConflictGraphOnce() {
        Http.Response created = Http.post(suite.url("intake") + "/api/clients", intake, """
                {"kind":"ORGANIZATION","name":"深圳前海明达律师事务所客户 Mingda Holdings",
                 "identifiers":[{"scheme":"CN_USCC","value":"91330106MA2H8K3L08"}]}""");
        assertThat(created.status()).isEqualTo(201);
        String clientId = created.body().path("id").asText();
        String node = suite.url("conflict") + "/api/parties/client:" + clientId;

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Http.Response party = Http.get(node, analyst);
            assertThat(party.status()).isEqualTo(200);
            assertThat(party.body().path("name").asText()).isEqualTo("深圳前海明达律师事务所客户 Mingda Holdings");
            assertThat(party.body().path("relation").asText()).isEqualTo("CLIENT");
        });

        assertThat(Http.post(suite.url("intake") + "/api/clients/" + clientId + "/name", intake,
                "{\"newName\":\"明达控股有限公司\"}").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Http.Response party = Http.get(node, analyst);
            assertThat(party.body().path("name").asText()).isEqualTo("明达控股有限公司");
            assertThat(party.body().path("formerNames").get(0).path("name").asText())
                    .isEqualTo("深圳前海明达律师事务所客户 Mingda Holdings");
        });
    }
}
