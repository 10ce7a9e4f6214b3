package com.lawfirm.intake.inquiry;

import com.lawfirm.intake.IntakeFlow;
import com.lawfirm.intake.IntakeProperties;
import com.lawfirm.intake.IntakeServiceApplication;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.problem.TemporarilyUnavailableException;
import com.lawfirm.kit.testing.TestStack;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The prospect's erasure against the signing of the engagement drafted from its inquiry, on a real PostgreSQL: a
 * prospect erased is no longer signed for, and the two, sent at the same moment, never both succeed (each waits for
 * the other's lock, on any instance). The inquiry was withdrawn after its proposal was accepted, and the records are
 * kept no years here.
 */
@SpringBootTest(classes = IntakeServiceApplication.class, properties = {"spring.config.name=intake-service",
        "lawfirm.service.name=intake", "lawfirm.intake.prospect-retention-years=0"})
@AutoConfigureMockMvc
@DirtiesContext
class ProspectSigningTest {

    private static final String CLIENT_SIGNS = """
            {"side":"CLIENT","signatory":"王总","signedOn":"2026-11-26"}""";

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "intake_prospect_signing");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore events;
    @Autowired
    PlatformTransactionManager transactions;

    private final String intake = TestStack.get().bearer("chen.jing", "INTAKE");
    private final String lawyer = TestStack.get().bearer("li.na", "LAWYER");
    private final String archivist = TestStack.get().bearer("zhao.lei", "ARCHIVIST");

    @Test
    void aProspectErasedIsNoLongerSignedFor() throws Exception {
        IntakeFlow flow = new IntakeFlow(mvc, codec);
        String inquiry = withdrawnAfterTheClientSigned(flow);
        String engagement = AcceptedProposals.engagementIdOf(inquiry);

        flow.call(post("/api/inquiries/" + inquiry + "/erasure"), archivist, "{}").andExpect(status().isAccepted());
        flow.call(post("/api/engagements/" + engagement + "/signature"), lawyer, IntakeFlow.FIRM_SIGNS)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("prospect-erased"));
        assertThat(signed(engagement)).as("nothing written").isZero();
    }

    @Test
    void anErasureAndTheLastSignatureSentTogetherNeverBothSucceed() throws Exception {
        IntakeFlow flow = new IntakeFlow(mvc, codec);
        String inquiry = withdrawnAfterTheClientSigned(flow);
        String engagement = AcceptedProposals.engagementIdOf(inquiry);

        // the lock held here, as a request on another instance would hold it: both wait for it
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try (Connection other = holdingTheLock(inquiry)) {
            CompletableFuture<MockHttpServletResponse> erasure = CompletableFuture.supplyAsync(() ->
                    flow.response("/api/inquiries/" + inquiry + "/erasure", archivist, "{}"), requests);
            CompletableFuture<MockHttpServletResponse> signature = CompletableFuture.supplyAsync(() ->
                    flow.response("/api/engagements/" + engagement + "/signature", lawyer, IntakeFlow.FIRM_SIGNS), requests);
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingForTheLock(inquiry) == 2);
            assertThat(erasure).isNotDone();
            assertThat(signature).isNotDone();
            other.commit();

            List<Integer> answers = List.of(erasure.get(30, TimeUnit.SECONDS).getStatus(),
                    signature.get(30, TimeUnit.SECONDS).getStatus());
            assertThat(answers).as("erasure, signature: one goes through, the other is refused")
                    .containsExactlyInAnyOrder(202, 409);
            if (answers.get(0) == 202) {
                assertThat(signature.get().getContentAsString()).contains("prospect-erased");
                assertThat(signed(engagement)).isZero();
            } else {
                assertThat(erasure.get().getContentAsString()).contains("engagement-signed");
                assertThat(signed(engagement)).isOne();
            }
        } finally {
            requests.shutdownNow();
        }
    }

    /** A request that waits longer than the bound for the other side is answered 503, and does nothing. */
    @Test
    void aLockHeldTooLongElsewhereIsAnsweredTryAgainWithinTheBound() throws Exception {
        String inquiry = UUID.randomUUID().toString();
        ProspectErasureGuard guard = new ProspectErasureGuard(events, jdbc, transactions,
                new IntakeProperties(14, 10, 0, 15, Duration.ofMillis(300)));
        AtomicBoolean erased = new AtomicBoolean();
        try (Connection other = holdingTheLock(inquiry)) {
            assertThatThrownBy(() -> guard.erasing(inquiry, () -> erased.getAndSet(true)))
                    .isInstanceOf(TemporarilyUnavailableException.class);
            assertThatThrownBy(() -> guard.signing(inquiry, () -> erased.set(true)))
                    .isInstanceOf(TemporarilyUnavailableException.class);
            assertThat(erased).as("neither side's command sent").isFalse();
            other.commit();
        }
        // the bound was the lock's alone: taken at once now, and the command's statements run under the setting before
        String before = jdbc.queryForObject("SHOW lock_timeout", String.class);
        assertThat(guard.erasing(inquiry, () -> jdbc.queryForObject("SHOW lock_timeout", String.class))).isEqualTo(before);
    }

    /** An engagement the client signed, its firm's signature still to come, of an inquiry since withdrawn. */
    private String withdrawnAfterTheClientSigned(IntakeFlow flow) throws Exception {
        String inquiry = flow.acceptedInquiry("client-" + UUID.randomUUID());
        String engagement = flow.approvedEngagement(inquiry);
        assertThat(engagement).isEqualTo(AcceptedProposals.engagementIdOf(inquiry));
        flow.call(post("/api/engagements/" + engagement + "/signature"), lawyer, CLIENT_SIGNS)
                .andExpect(status().isAccepted());
        flow.call(post("/api/inquiries/" + inquiry + "/withdrawal"), intake, "{\"reason\":\"客户另有安排\"}")
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/inquiries/" + inquiry)
                .header("Authorization", intake)).andExpect(jsonPath("$.stage").value("WITHDRAWN")));
        return inquiry;
    }

    /** The inquiry's lock, taken on a connection of its own (as a request on another instance would), held till commit. */
    private Connection holdingTheLock(String inquiry) throws Exception {
        Connection other = dataSource.getConnection();
        other.setAutoCommit(false);
        try (PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_xact_lock(x'50524f53'::int, hashtext(?))")) {
            lock.setString(1, inquiry);
            lock.execute();
        }
        return other;
    }

    private long waitingForTheLock(String inquiry) {
        // a lock of two keys: the first (the prospects') in classid, the second in objid
        return jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                + " AND objsubid = 2 AND classid::bigint = x'50524f53'::int"
                + " AND objid::bigint = (hashtext(?)::bigint & 4294967295)"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                Long.class, inquiry);
    }

    private long signed(String engagement) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_id = ?"
                + " AND payload_type LIKE '%.EngagementSigned'", Long.class, engagement);
    }
}
