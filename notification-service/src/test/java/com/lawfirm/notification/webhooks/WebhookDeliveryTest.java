package com.lawfirm.notification.webhooks;

import com.lawfirm.events.Topics;
import com.lawfirm.events.conflict.PotentialConflictDiscovered;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.notification.NotificationServiceApplication;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Webhooks to a real HTTP receiver in the test, which checks each signature as a subscriber would: a failing
 * receiver is retried until it answers, the event arrives once however often Kafka delivers it, and the secret
 * never leaves the service through the API.
 */
@SpringBootTest(classes = NotificationServiceApplication.class, properties = {"spring.config.name=notification-service",
        "lawfirm.service.name=notification", "lawfirm.notification.reminders.poll-interval=PT1S",
        "lawfirm.notification.webhooks.backoff=PT1S", "lawfirm.notification.webhooks.max-attempts=5"})
@AutoConfigureMockMvc
@DirtiesContext
class WebhookDeliveryTest {

    private static final String SECRET = "s3cret-shared-with-the-dms";

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "notification_webhooks");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;
    @Autowired
    JdbcTemplate jdbc;

    private HttpServer receiver;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusalsLeft = new AtomicInteger(2);
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final String admin = TestStack.get().bearer("admin", "ADMIN");

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("X-Lawfirm-Timestamp"));
            boolean signed = WebhookSignature.sign(SECRET, timestamp, body)
                    .equals(exchange.getRequestHeaders().getFirst("X-Lawfirm-Signature"))
                    && Math.abs(Instant.now().getEpochSecond() - timestamp) < 300;
            int status;
            if (!signed) {
                badSignatures.incrementAndGet();
                status = 401;
            } else if (refusalsLeft.getAndDecrement() > 0) {
                status = 503;
            } else {
                accepted.add(body);
                status = 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aSubscribedEventArrivesSignedOnceAfterTheReceiverRecovers() throws Exception {
        String url = receiverUrl();
        subscribe("MatterOpened").andExpect(jsonPath("$[0].secret").value("********"));
        mvc.perform(put("/api/webhooks").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"url\":\"ftp://x\",\"secret\":\"" + SECRET + "\",\"events\":[\"MatterOpened\"]}]"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("url"));
        // a constraint of one subscription in the list: named by its field, not by the list
        mvc.perform(put("/api/webhooks").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"url\":\"" + url + "\",\"secret\":\"short\",\"events\":[\"MatterOpened\"]}]"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("secret"));
        mvc.perform(get("/api/webhooks").header("Authorization", TestStack.get().bearer("li.na", "LAWYER")))
                .andExpect(status().isForbidden());

        KafkaTestClient kafka = new KafkaTestClient(codec);
        String matter = UUID.randomUUID().toString();
        MatterOpened opened = new MatterOpened(matter, "2026-IP-0003", "e-1", "inq-1", "c-1", "无锡恒越精密机械有限公司",
                MatterType.INTELLECTUAL_PROPERTY, "专利侵权 Patent infringement", List.of(), LocalDate.of(2026, 11, 28), null);
        String eventId = kafka.publish(Topics.MATTER, "Matter", matter, 0, opened);
        kafka.publishAgain(Topics.MATTER, opened, eventId);

        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.size() == 1);
        assertThat(accepted.get(0)).contains("\"type\":\"MatterOpened\"").contains("\"eventId\":\"" + eventId + "\"")
                .contains("无锡恒越精密机械有限公司");
        assertThat(badSignatures).hasValue(0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/notifications")
                        .param("recipient", "webhook:dms").header("Authorization", admin))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].status").value("SENT"))
                .andExpect(jsonPath("$.items[0].attempts").value(3))
                .andExpect(jsonPath("$.items[0].address", containsString("/hooks"))));
    }

    /**
     * An event of a type no subscription names is passed over unread. Here it could not even be read (its payload is
     * not its type's): read, it would be parked, and the aggregate's next event behind it. Once a subscription names
     * the type, the next such event is taken.
     */
    @Test
    void anEventNoSubscriptionNamesIsPassedOverUnreadUntilOneNamesIt() throws Exception {
        refusalsLeft.set(0);
        subscribe("MatterOpened");
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String matter = UUID.randomUUID().toString();
        String unreadable = UUID.randomUUID().toString();
        kafka.publishEnvelope(Topics.MATTER, matter, """
                {"eventId":"%s","type":"com.lawfirm.events.matter.MatterClosed","revision":"1",
                 "timestamp":"2026-11-30T08:00:00Z","aggregateType":"Matter","aggregateId":"%s","sequenceNumber":0,
                 "metadata":{},"payload":{"matterId":["not","a","string"],"outcome":"结案 closed"}}"""
                .formatted(unreadable, matter));
        String opened = kafka.publish(Topics.MATTER, "Matter", matter, 1, new MatterOpened(matter, "2026-CV-0007", "e-7",
                "inq-7", "c-7", "苏州禾森生物科技有限公司", MatterType.CIVIL_LITIGATION, "合同纠纷 Contract dispute", List.of(),
                LocalDate.of(2026, 11, 30), null));

        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.stream().anyMatch(body -> body.contains(opened)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM parked_event WHERE consumer = 'notification.webhooks'",
                Long.class)).isZero();
        assertThat(accepted).noneMatch(body -> body.contains(unreadable));

        subscribe("MatterOpened", "MatterClosed");
        // the new subscriptions were written aside and put in place of the old ones: nothing is left aside
        assertThat(jdbc.queryForList("SELECT DISTINCT collection FROM read_model WHERE collection LIKE 'webhooks%'",
                String.class)).containsExactly("webhooks");
        String other = UUID.randomUUID().toString();
        String closed = kafka.publish(Topics.MATTER, "Matter", other, 5, new MatterClosed(other, "胜诉 Won at trial",
                LocalDate.of(2026, 11, 30), null, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 30)));
        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.stream().anyMatch(body -> body.contains(closed)));
    }

    /** A re-check's finding goes out filed under the person it is about, so that person's erasure finds it. */
    @Test
    void aFindingIsFiledUnderTheDataSubjectItIsAbout() throws Exception {
        refusalsLeft.set(0);
        // a subscription of its own: the other tests count what their subscription was sent
        mvc.perform(put("/api/webhooks").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"id\":\"conflicts\",\"url\":\"" + receiverUrl() + "\",\"secret\":\"" + SECRET
                                + "\",\"events\":[\"PotentialConflictDiscovered\"]}]"))
                .andExpect(status().isOk());
        String discovery = UUID.randomUUID().toString();
        String client = UUID.randomUUID().toString();
        new KafkaTestClient(codec).publish(Topics.CONFLICT, "PotentialConflict", discovery, 0,
                new PotentialConflictDiscovered(discovery, "CLIENT_REGISTERED",
                        "本所客户是在办事项的对方当事人 — a client of the firm is a party it acts against", "星河影业有限公司",
                        client, null, List.of(), List.of()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/api/notifications")
                        .param("subjectId", client).header("Authorization", admin))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].recipient").value("webhook:conflicts")));
    }

    private String receiverUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    }

    private ResultActions subscribe(String... events) throws Exception {
        String named = String.join("\",\"", events);
        return mvc.perform(put("/api/webhooks").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"id\":\"dms\",\"url\":\"" + receiverUrl() + "\",\"secret\":\"" + SECRET
                                + "\",\"events\":[\"" + named + "\"]}]"))
                .andExpect(status().isOk());
    }
}
