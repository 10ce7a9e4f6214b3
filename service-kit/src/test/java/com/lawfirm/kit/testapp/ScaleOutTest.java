package com.lawfirm.kit.testapp;

import com.lawfirm.events.Topics;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.rebuild.ProjectionRebuilds;
import com.lawfirm.kit.testing.TestStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.lawfirm.kit.testapp.KitServices.held;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of one service side by side share its work — the Kafka partitions of its consumer groups, the segments
 * of the processing groups fed by its own store; when one goes away the other takes its share over, and every event
 * is handled once — none lost, none doubled.
 */
class ScaleOutTest {

    private static final String GROUP = "lawfirm.kitscale-b.ledger";

    private final KitServices services = new KitServices();

    @AfterEach
    void stopAll() {
        services.close();
    }

    @Test
    void twoInstancesShareTheWorkAndOneTakesOverWhenTheOtherGoes() throws Exception {
        ConfigurableApplicationContext producer = services.start("kitscale-a", "kitscale_a", Map.of("lawfirm.bus.publish", true));
        Map<String, Object> consumer = Map.of("lawfirm.bus.publish", false,
                "lawfirm.bus.consumers.ledger", Topics.of("kitscale-a"));
        ConfigurableApplicationContext first = services.start("kitscale-b", "kitscale_b", consumer);
        ConfigurableApplicationContext second = services.start("kitscale-b", "kitscale_b", consumer);
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestStack.get().serviceProperties("kitscale_b").get("lawfirm.bus.bootstrap-servers")))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<MemberDescription> members = group(admin).members().stream().toList();
                assertThat(members).as("both instances in the group").hasSize(2);
                assertThat(members).allSatisfy(m -> assertThat(m.assignment().topicPartitions()).isNotEmpty());
            });
            create(producer, 100);
            await().atMost(Duration.ofSeconds(60)).until(() -> handled(jdbc) == 100);

            services.stop(first);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<MemberDescription> members = group(admin).members().stream().toList();
                assertThat(members).hasSize(1);
                assertThat(members.get(0).assignment().topicPartitions()).hasSize(3);
            });
        }
        create(producer, 100);
        JdbcTemplate survivor = second.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> handled(survivor) == 200);
        assertThat(survivor.queryForObject("SELECT count(DISTINCT event_id) FROM handled_note", Long.class))
                .as("no event handled twice").isEqualTo(200);
    }

    /**
     * The segments of a processing group fed by the service's own store: the first instance up claims them all, the
     * second gets its share, and the survivor of the two takes both again. The ledger counts every handling with no
     * guard of its own, so an event handled by both instances would show as a second row.
     */
    @Test
    void twoInstancesShareTheSegmentsOfTheirProjectionsAndOneTakesOverWhenTheOtherGoes() {
        Map<String, Object> scaled = Map.of("lawfirm.scaling.segments", 2, "lawfirm.scaling.heartbeat", "1s");
        ConfigurableApplicationContext first = services.start("kitsegments", "kitsegments", scaled);
        await().atMost(Duration.ofSeconds(30)).until(() -> held(first, "ledger") == 2 && held(first, "notes") == 2);
        ConfigurableApplicationContext second = services.start("kitsegments", "kitsegments", scaled);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(held(first, "ledger")).as("the first instance's share of the ledger").isEqualTo(1);
            assertThat(held(second, "ledger")).as("the second instance's share of the ledger").isEqualTo(1);
            assertThat(held(first, "notes") + held(second, "notes")).isEqualTo(2);
            assertThat(held(second, "notes")).isEqualTo(1);
        });
        assertThatThrownBy(() -> second.getBean(ProjectionRebuilds.class).rebuild("notes"))
                .as("a rebuild while another instance holds a segment").isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo("other-instances-running"));
        create(first, 50);
        create(second, 50);
        JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> handled(jdbc) == 100 && notes(jdbc) == 100);

        services.stop(first);
        await().atMost(Duration.ofSeconds(60)).until(() -> held(second, "ledger") == 2 && held(second, "notes") == 2);
        create(second, 100);
        await().atMost(Duration.ofSeconds(60)).until(() -> handled(jdbc) == 200 && notes(jdbc) == 200);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT event_id) FROM handled_note", Long.class))
                .as("no event handled twice").isEqualTo(200);
    }

    private static long notes(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM read_model WHERE collection = 'notes'", Long.class);
    }

    private static ConsumerGroupDescription group(Admin admin) throws Exception {
        return admin.describeConsumerGroups(List.of(GROUP)).all().get(10, TimeUnit.SECONDS).get(GROUP);
    }

    private static long handled(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM handled_note", Long.class);
    }

    private static void create(ConfigurableApplicationContext service, int count) {
        CommandGateway commands = service.getBean(CommandGateway.class);
        for (int i = 0; i < count; i++) {
            commands.sendAndWait(new NoteEvents.CreateNote(UUID.randomUUID().toString(), "卷宗 File " + i));
        }
    }
}
