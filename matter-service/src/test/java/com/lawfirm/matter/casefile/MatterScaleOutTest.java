package com.lawfirm.matter.casefile;

import com.lawfirm.events.Topics;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.rebuild.ProjectionRebuilds;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.matter.MatterServiceApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of matter-service on one database share the work: the Kafka partitions of intake's events (signed
 * engagements, each opening a matter) and the segments of the matter register's projection. When one goes, the other
 * takes all of it over; every engagement opens exactly one matter, the numbers stay consecutive, and the register
 * equals its rebuild from the event store. (Killing an instance with SIGKILL is {@code ServiceKillTest}'s, in the
 * launcher, on the same mechanism.)
 */
class MatterScaleOutTest {

    private static final String DATABASE = "matter_scale_out";
    private static final String ENGAGEMENTS_GROUP = "lawfirm.matter.engagements";

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stopAll() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoInstancesShareTheMattersToOpenAndTheSurvivorOpensTheRestWithNothingLostOrDoubled() throws Exception {
        ConfigurableApplicationContext first = start();
        await().atMost(Duration.ofSeconds(30)).until(() -> held(first) == 2);
        ConfigurableApplicationContext second = start();
        JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
        KafkaTestClient intake = new KafkaTestClient(second.getBean(EnvelopeCodec.class));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(held(first)).as("the first instance's share of the register's segments").isEqualTo(1);
                assertThat(held(second)).as("the second instance's share").isEqualTo(1);
                List<MemberDescription> members = members(admin);
                assertThat(members).as("both instances read signed engagements").hasSize(2);
                assertThat(members).allSatisfy(m -> assertThat(m.assignment().topicPartitions()).isNotEmpty());
            });
            List<String> engagements = new ArrayList<>();
            sign(intake, engagements, 40);
            await().atMost(Duration.ofSeconds(60)).until(() -> matters(jdbc) == 40);

            first.close();
            instances.remove(first);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(held(second)).as("the survivor holds both segments").isEqualTo(2);
                assertThat(members(admin)).singleElement()
                        .satisfies(m -> assertThat(m.assignment().topicPartitions()).hasSize(3));
            });
            sign(intake, engagements, 40);
            await().atMost(Duration.ofSeconds(60)).until(() -> matters(jdbc) == 80);

            assertThat(jdbc.queryForList("SELECT aggregate_id FROM domain_event_entry WHERE payload_type LIKE '%.MatterOpened'"
                    + " ORDER BY aggregate_id", String.class)).as("one matter opened per engagement")
                    .isEqualTo(engagements.stream().map(MatterRegistration::matterId).sorted().toList());
            List<Integer> numbers = jdbc.queryForList("SELECT doc->>'matterNumber' FROM read_model WHERE collection = ?",
                    String.class, MatterProjection.COLLECTION).stream()
                    .map(number -> Integer.parseInt(number.substring(number.lastIndexOf('-') + 1))).sorted().toList();
            assertThat(numbers).as("consecutive numbers, none given twice")
                    .isEqualTo(IntStream.rangeClosed(1, 80).boxed().toList());
        }

        List<String> register = documents(jdbc);
        ProjectionRebuilds rebuilds = second.getBean(ProjectionRebuilds.class);
        assertThat(rebuilds.rebuild("matters").shadow()).as("both segments replay into a shadow copy").isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuilds.statuses().stream()
                .filter(status -> status.name().equals("matters")).noneMatch(ProjectionRebuilds.Status::shadow));
        assertThat(documents(jdbc)).as("the register rebuilt from the event store").isEqualTo(register);
    }

    private ConfigurableApplicationContext start() {
        Map<String, Object> props = new HashMap<>(TestStack.get().serviceProperties(DATABASE));
        props.put("spring.config.name", "matter-service");
        props.put("lawfirm.service.name", "matter");
        props.put("lawfirm.scaling.segments", 2);
        props.put("lawfirm.scaling.heartbeat", "1s");
        // as arguments: they must outrank the service's own settings, as a deployment's do
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(MatterServiceApplication.class).run(args);
        instances.add(instance);
        return instance;
    }

    private static void sign(KafkaTestClient intake, List<String> engagements, int count) {
        for (int i = 0; i < count; i++) {
            EngagementSigned engagement = signed(engagements.size());
            engagements.add(engagement.engagementId());
            intake.publish(Topics.INTAKE, "Engagement", engagement.engagementId(), 3, engagement);
        }
    }

    private static EngagementSigned signed(int n) {
        String client = "苏州第" + n + "号精密制造有限公司 Suzhou Precision No. " + n + " Ltd";
        EngagementTerms terms = new EngagementTerms("买卖合同纠纷 Sale of goods dispute", MatterType.CIVIL_LITIGATION, "一审",
                null, null, new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.FIXED, new BigDecimal("30000"), null,
                null, null, null, null)), null, null), List.of(), null, null, null, null);
        return new EngagementSigned(UUID.randomUUID().toString(), "inq-" + UUID.randomUUID(), null, client,
                List.of(new MatterParty(PartyRole.CLIENT, PartyKind.ORGANIZATION, client, List.of(), List.of())),
                terms, 1, "王总", LocalDate.of(2026, 11, 28), "张伟", LocalDate.of(2026, 11, 28));
    }

    /** Segments of the matter register's processing group this instance holds. */
    private static int held(ConfigurableApplicationContext instance) {
        return instance.getBean(EventProcessingConfiguration.class)
                .eventProcessor("matters", TrackingEventProcessor.class).orElseThrow().processingStatus().size();
    }

    private static List<MemberDescription> members(Admin admin) throws Exception {
        return List.copyOf(admin.describeConsumerGroups(List.of(ENGAGEMENTS_GROUP)).all().get(10, TimeUnit.SECONDS)
                .get(ENGAGEMENTS_GROUP).members());
    }

    private static long matters(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM read_model WHERE collection = ?", Long.class,
                MatterProjection.COLLECTION);
    }

    private static List<String> documents(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT id || ' ' || version || ' ' || doc::text FROM read_model WHERE collection = ?"
                + " ORDER BY id", String.class, MatterProjection.COLLECTION);
    }
}
