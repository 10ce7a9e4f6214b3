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
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.matter.MatterServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Matter registration on a real PostgreSQL and Kafka: numbers are gapless under concurrency and rollback. */
@SpringBootTest(classes = MatterServiceApplication.class,
        properties = {"spring.config.name=matter-service", "lawfirm.service.name=matter"})
@AutoConfigureMockMvc
@DirtiesContext
class MatterRegistrationTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "matter_registration");
    }

    @Autowired
    MatterRegistration registration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EnvelopeCodec codec;
    @Autowired
    MockMvc mvc;

    @Test
    void fiftyMattersOpenedConcurrentlyGetFiftyConsecutiveNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> openings = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                EngagementSigned engagement = signed(MatterType.CORPORATE);
                openings.add(() -> {
                    registration.open(engagement);
                    return MatterRegistration.matterId(engagement.engagementId());
                });
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> opened : pool.invokeAll(openings)) {
                ids.add(opened.get());
            }
            List<Integer> sequences = new ArrayList<>();
            for (String id : ids) {
                String number = numberOf(id);
                assertThat(number).matches(LocalDate.now(ZoneOffset.UTC).getYear() + "-CORP-\\d{4}");
                sequences.add(Integer.parseInt(number.substring(number.length() - 4)));
            }
            assertThat(sequences).doesNotHaveDuplicates();
            assertThat(sequences.stream().sorted().toList())
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRolledBackOpeningGivesItsNumberBack() {
        EngagementSigned first = signed(MatterType.ADMINISTRATIVE);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            registration.open(first);
            throw new IllegalStateException("the opening fails after its number was taken");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_id = ?", Long.class,
                MatterRegistration.matterId(first.engagementId()))).isZero();

        EngagementSigned second = signed(MatterType.ADMINISTRATIVE);
        registration.open(second);
        assertThat(numberOf(MatterRegistration.matterId(second.engagementId()))).endsWith("-ADM-0001");
    }

    @Test
    void aSignedEngagementOnKafkaOpensOneMatterHoweverOftenDelivered() throws Exception {
        EngagementSigned engagement = signed(MatterType.CIVIL_LITIGATION);
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String eventId = kafka.publish(Topics.INTAKE, engagement);
        kafka.publishAgain(Topics.INTAKE, engagement, eventId);
        kafka.publish(Topics.INTAKE, engagement); // a second event about the same engagement
        String matterId = MatterRegistration.matterId(engagement.engagementId());
        String auditor = TestStack.get().bearer("qian.shen", "AUDITOR");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/matters/" + matterId).header("Authorization", auditor))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.matterNumber").value(LocalDate.now(ZoneOffset.UTC).getYear() + "-LIT-0001"))
                        .andExpect(jsonPath("$.clientName").value("无锡恒越精密机械有限公司"))
                        .andExpect(jsonPath("$.parties[1].name").value("Tyrell Motors Inc.")));
        assertThat(jdbc.queryForObject("SELECT last_value FROM matter_number_sequence WHERE area = 'LIT'", Integer.class))
                .isEqualTo(1);
        mvc.perform(get("/api/matters/" + matterId).header("Authorization", TestStack.get().bearer("x", "INTAKE")))
                .andExpect(status().isForbidden());
    }

    private String numberOf(String matterId) {
        String payload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_id = ?", String.class, matterId);
        return payload.replaceAll(".*\"matterNumber\":\"([^\"]+)\".*", "$1");
    }

    private static EngagementSigned signed(MatterType type) {
        EngagementTerms terms = new EngagementTerms("专利侵权纠纷一审", type, "一审", null, null, new FeeQuote("CNY",
                List.of(new FeeComponent(FeeModel.FIXED, new BigDecimal("50000"), null, null, null, null, null)), null, null),
                List.of(), null, null, null, null);
        return new EngagementSigned(UUID.randomUUID().toString(), "inq-" + UUID.randomUUID(), null, "无锡恒越精密机械有限公司",
                List.of(new MatterParty(PartyRole.CLIENT, PartyKind.ORGANIZATION, "无锡恒越精密机械有限公司", List.of(), List.of()),
                        new MatterParty(PartyRole.ADVERSE, PartyKind.ORGANIZATION, "Tyrell Motors Inc.", List.of(), List.of())),
                terms, 1, "周总", LocalDate.of(2026, 11, 28), "张伟", LocalDate.of(2026, 11, 28));
    }
}
