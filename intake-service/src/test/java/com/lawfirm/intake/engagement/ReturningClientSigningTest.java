package com.lawfirm.intake.engagement;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.events.Topics;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.intake.IntakeFlow;
import com.lawfirm.intake.IntakeServiceApplication;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A former client, its retention over, comes back and signs a new engagement, on a real PostgreSQL: signed, it is the
 * firm's client again and its data is no longer erased; erased, it is no longer signed for; and an erasure decided
 * while the contract is being completed never succeeds alongside it, whichever reaches the client's history first.
 */
@SpringBootTest(classes = IntakeServiceApplication.class,
        properties = {"spring.config.name=intake-service", "lawfirm.service.name=intake"})
@AutoConfigureMockMvc
@DirtiesContext
class ReturningClientSigningTest {

    private static final String NAME = "欧阳晓峰";
    private static final String CLIENT_SIGNS = """
            {"side":"CLIENT","signatory":"欧阳晓峰","signedOn":"2026-11-26"}""";

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "intake_returning_client");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    private final String intake = TestStack.get().bearer("chen.jing", "INTAKE");
    private final String lawyer = TestStack.get().bearer("li.na", "LAWYER");
    private final String archivist = TestStack.get().bearer("zhao.lei", "ARCHIVIST");

    @Test
    void aFormerClientWhoSignsAgainIsCurrentAndItsDataKept() throws Exception {
        IntakeFlow flow = new IntakeFlow(mvc, codec);
        String client = formerClientPastRetention(flow);
        flow.call(post("/api/clients/" + client + "/retention"), archivist,
                "{\"retainUntil\":\"2021-06-30\",\"basis\":\"律师业务档案管理办法 archive rules\"}").andExpect(status().isAccepted());
        String engagement = approvedEngagementOf(flow, client);

        flow.call(post("/api/engagements/" + engagement + "/signature"), lawyer, CLIENT_SIGNS).andExpect(status().isAccepted());
        flow.call(post("/api/engagements/" + engagement + "/signature"), lawyer, IntakeFlow.FIRM_SIGNS).andExpect(status().isAccepted());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/clients/" + client)
                        .header("Authorization", intake))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.formerSince").doesNotExist())
                .andExpect(jsonPath("$.retainUntil").doesNotExist()));
        // the firm acts from the signing on: until its matter is opened, then while it is open
        flow.awaitEngagement(engagement, "$.status", "SIGNED");
        flow.call(post("/api/clients/" + client + "/erasure"), archivist, "{}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("matters-open"))
                .andExpect(jsonPath("$.detail", containsString("not opened yet")));
        String matter = UUID.randomUUID().toString();
        flow.kafka().publish(Topics.MATTER, "Matter", matter, 0, new MatterOpened(matter, "2026-LIT-0031", engagement,
                "inq", client, NAME, MatterType.CIVIL_LITIGATION, "劳动争议 labour dispute", List.of(), LocalDate.of(2026, 11, 28), null));
        flow.kafka().publish(Topics.MATTER, "Matter", matter, 7, new MatterClosed(matter, "调解结案 settled",
                LocalDate.of(2026, 11, 29), null, LocalDate.of(2026, 11, 30), LocalDate.of(2027, 2, 28)));
        // closed, the matter no longer holds the client; the client, current since it signed, is not erased either
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> flow.call(post("/api/clients/" + client + "/erasure"),
                archivist, "{}").andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("client-not-former")));
        // its matter closed, the engagement no longer holds it: former again
        flow.call(post("/api/clients/" + client + "/former"), intake, "{\"reason\":\"matter closed\"}")
                .andExpect(status().isAccepted());
    }

    @Test
    void anErasedClientIsNoLongerSignedFor() throws Exception {
        IntakeFlow flow = new IntakeFlow(mvc, codec);
        String client = formerClientPastRetention(flow);
        String engagement = approvedEngagementOf(flow, client);

        flow.call(post("/api/clients/" + client + "/erasure"), archivist, "{}").andExpect(status().isAccepted());
        flow.call(post("/api/engagements/" + engagement + "/signature"), lawyer, CLIENT_SIGNS)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("client-erased"));
        assertThat(events(engagement, "EngagementSignedBy")).as("nothing written").isZero();
        flow.call(post("/api/inquiries"), intake, inquiryOf(client))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("client-erased"));
    }

    @Test
    void anInquiryNamesOnlyARegisteredClient() throws Exception {
        IntakeFlow flow = new IntakeFlow(mvc, codec);
        long inquiries = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.InquiryOpened'",
                Long.class);
        flow.call(post("/api/inquiries"), intake, inquiryOf("client-" + UUID.randomUUID()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("existingClientId"));
        String engagement = approvedEngagementOf(flow, formerClientPastRetention(flow));
        flow.call(post("/api/inquiries"), intake, inquiryOf(engagement))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("existingClientId"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.InquiryOpened'",
                Long.class)).as("only the registered client's inquiry").isEqualTo(inquiries + 1);
    }

    /**
     * The erasure reaches the client's history first and waits there (for a row held here, as a slow commit would
     * hold it); the last signature is sent meanwhile. The signature, already recorded on the engagement, is refused
     * with its whole transaction once the erasure commits.
     */
    @Test
    void anErasureFirstRefusesTheLastSignatureSentMeanwhile() throws Exception {
        IntakeFlow flow = new IntakeFlow(mvc, codec);
        String client = formerClientPastRetention(flow);
        String engagement = approvedEngagementOf(flow, client);
        flow.call(post("/api/engagements/" + engagement + "/signature"), lawyer, CLIENT_SIGNS).andExpect(status().isAccepted());

        ClientHistoryRace.Race race = new ClientHistoryRace(dataSource, jdbc).race(flow, client,
                "/api/clients/" + client + "/erasure", archivist, "{}",
                "/api/engagements/" + engagement + "/signature", lawyer, IntakeFlow.FIRM_SIGNS);

        assertThat(race.first().getStatus()).isEqualTo(202);
        assertThat(race.second().getStatus()).isEqualTo(409);
        assertThat(race.second().getContentAsString()).contains("client-erased");
        assertThat(events(engagement, "EngagementSigned")).as("the signature rolled back with the refusal").isZero();
        assertThat(events(engagement, "EngagementSignedBy")).as("the client's signature alone").isOne();
    }

    /** The other way round: the last signature waits on the client's history, and the erasure sent meanwhile fails. */
    @Test
    void theLastSignatureFirstRefusesAnErasureSentMeanwhile() throws Exception {
        IntakeFlow flow = new IntakeFlow(mvc, codec);
        String client = formerClientPastRetention(flow);
        String engagement = approvedEngagementOf(flow, client);

        String refusal = refusedWhileTheLastSignatureIsRecorded(flow, client, engagement,
                "/api/clients/" + client + "/erasure", archivist, "{}");

        // refused by the rule once the signature committed, or as a concurrent change if it had not yet
        assertThat(refusal.contains("\"rule\":\"client-not-former\"") || refusal.contains("/concurrent-change\""))
                .as(refusal).isTrue();
        assertThat(events(engagement, "EngagementSigned")).isOne();
        assertThat(events(client, "ClientPersonalDataErased")).isZero();
    }

    /**
     * A mark as former sent while the last signature is being recorded passes the read models (the engagement is not
     * signed there yet), then meets the engagement on the client's history: refused, by the rule once the signature
     * committed, or as a concurrent change if the client was read before.
     */
    @Test
    void aMarkAsFormerSentWhileTheLastSignatureIsRecordedIsRefused() throws Exception {
        IntakeFlow flow = new IntakeFlow(mvc, codec);
        String client = registeredPerson(flow);
        String engagement = approvedEngagementOf(flow, client);

        String refusal = refusedWhileTheLastSignatureIsRecorded(flow, client, engagement,
                "/api/clients/" + client + "/former", intake, "{\"reason\":\"matter closed\"}");

        assertThat(refusal.contains("\"rule\":\"matters-open\"") && refusal.contains(engagement)
                || refusal.contains("/concurrent-change\"")).as(refusal).isTrue();
        assertThat(events(client, "ClientMarkedFormer")).isZero();
    }

    /**
     * The client signs; then the firm's signature, which completes the contract, is held on the client's history
     * while {@code path} is sent: the signature goes through, and the other is refused. Returns the refusal.
     */
    private String refusedWhileTheLastSignatureIsRecorded(IntakeFlow flow, String client, String engagement,
                                                          String path, String token, String body) throws Exception {
        flow.call(post("/api/engagements/" + engagement + "/signature"), lawyer, CLIENT_SIGNS).andExpect(status().isAccepted());
        ClientHistoryRace.Race race = new ClientHistoryRace(dataSource, jdbc).race(flow, client,
                "/api/engagements/" + engagement + "/signature", lawyer, IntakeFlow.FIRM_SIGNS, path, token, body);
        assertThat(race.first().getStatus()).isEqualTo(202);
        assertThat(race.second().getStatus()).isEqualTo(409);
        return race.second().getContentAsString();
    }

    /** A natural person, client since 2014 under a one-year consent, former since 2020: its retention is over. */
    private String formerClientPastRetention(IntakeFlow flow) throws Exception {
        String client = registeredPerson(flow);
        flow.call(post("/api/clients/" + client + "/former"), intake, "{\"since\":\"2020-06-30\",\"reason\":\"matter closed\"}")
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/clients/" + client)
                .header("Authorization", intake)).andExpect(jsonPath("$.status").value("FORMER")));
        return client;
    }

    /** A natural person, client since 2014 under a one-year consent. */
    private String registeredPerson(IntakeFlow flow) throws Exception {
        return JsonPath.read(flow.call(post("/api/clients"), intake, """
                {"kind":"PERSON","name":"%s","aliases":["Ouyang Xiaofeng"],
                 "consent":{"purpose":"法律服务 legal services","retentionYears":1,"givenOn":"2014-03-01","method":"书面 signed"}}
                """.formatted(NAME)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private static String inquiryOf(String client) {
        return """
                {"source":{"channel":"PHONE"},"prospect":{"kind":"PERSON","name":"%s"},"existingClientId":"%s"}"""
                .formatted(NAME, client);
    }

    private static String approvedEngagementOf(IntakeFlow flow, String client) throws Exception {
        return flow.approvedEngagement(flow.acceptedInquiryOfClient(client, NAME));
    }

    private long events(String aggregate, String type) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_id = ?"
                + " AND payload_type LIKE ?", Long.class, aggregate, "%." + type);
    }
}
