package com.lawfirm.conflict.search;

import com.lawfirm.conflict.ConflictServiceApplication;
import com.lawfirm.events.Topics;
import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The index on local disk, on a real Kafka broker: a restarted service resumes from the positions committed with its
 * index (reading nothing twice, missing nothing published while it was down); a rebuild, or an index from another
 * cluster, starts again from the first event.
 */
class IndexRestartTest {

    @TempDir
    Path indexDirectory;

    @Test
    void aRestartResumesFromTheIndexAndARebuildStartsFromTheFirstEvent() {
        String before = "沈阳" + UUID.randomUUID().toString().substring(0, 4) + "重型机械有限公司";
        String whileDown = "Harbin " + UUID.randomUUID().toString().substring(0, 6) + " Shipping Ltd";

        try (ConfigurableApplicationContext first = start()) {
            publish(first, before);
            awaitFound(first, before);
            assertThat(first.getBean(GraphFeeder.class).status().startedFrom()).isEqualTo("FIRST_EVENT");
        }
        try (ConfigurableApplicationContext first = start()) {
            // published while the service is being started again: read from the committed positions on
            publish(first, whileDown);
            GraphFeeder feeder = first.getBean(GraphFeeder.class);
            awaitFound(first, before);
            awaitFound(first, whileDown);
            awaitEveryEventReadOnce(feeder);
            assertThat(feeder.status().startedFrom()).isEqualTo("INDEX");

            feeder.rebuild();
            awaitFound(first, before);
            awaitFound(first, whileDown);
            awaitEveryEventReadOnce(feeder);
            assertThat(feeder.status().startedFrom()).isEqualTo("FIRST_EVENT");
        }
        try (PartyIndex index = new PartyIndex(indexDirectory)) {
            Map<String, String> fromElsewhere = new HashMap<>(index.committed());
            fromElsewhere.put("cluster", "another-cluster");
            index.commit(fromElsewhere);
        }
        try (ConfigurableApplicationContext again = start()) {
            awaitFound(again, before);
            assertThat(again.getBean(GraphFeeder.class).status().startedFrom()).isEqualTo("FIRST_EVENT");
        }
    }

    private ConfigurableApplicationContext start() {
        Map<String, Object> props = new HashMap<>(TestStack.get().serviceProperties("conflict_restart"));
        props.put("spring.config.name", "conflict-service");
        props.put("lawfirm.service.name", "conflict");
        props.put("lawfirm.conflict.index-directory", indexDirectory.toString());
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(ConflictServiceApplication.class).run(args);
    }

    private static void publish(ConfigurableApplicationContext context, String name) {
        new KafkaTestClient(context.getBean(EnvelopeCodec.class)).publish(Topics.INTAKE, new ClientRegistered(
                UUID.randomUUID().toString(), PartyKind.ORGANIZATION, name, List.of(), List.of(), List.of(), List.of(),
                Language.ZH, null, null, null));
    }

    private static void awaitFound(ConfigurableApplicationContext context, String name) {
        ConflictSearch search = context.getBean(ConflictSearch.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> !search.search(new SearchedParty(CheckRole.ADVERSE,
                PartyKind.ORGANIZATION, name, List.of(), List.of())).isEmpty());
    }

    /** Topics keep every event from offset 0, so a feeder that read each event once has read exactly its positions. */
    private static void awaitEveryEventReadOnce(GraphFeeder feeder) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            GraphFeeder.Status status = feeder.status();
            assertThat(status.eventsRead()).isEqualTo(status.positions().values().stream().mapToLong(Long::longValue).sum());
        });
    }
}
