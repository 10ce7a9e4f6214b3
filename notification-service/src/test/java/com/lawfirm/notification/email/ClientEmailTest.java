package com.lawfirm.notification.email;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.lawfirm.events.Topics;
import com.lawfirm.events.billing.InvoiceDrafted;
import com.lawfirm.events.billing.InvoiceIssued;
import com.lawfirm.events.billing.InvoiceLine;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.AuthorizationDecision;
import com.lawfirm.events.matter.ClientAuthorizationRequested;
import com.lawfirm.events.matter.KeyEventKind;
import com.lawfirm.events.matter.KeyEventRecorded;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.notification.NotificationServiceApplication;
import com.lawfirm.notification.rules.Facts;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * E-mail to clients through a real SMTP server (GreenMail, in the test JVM): key events and authorisation requests
 * in the client's language, once however often the event comes; an unreachable server means retries, then a dead
 * delivery that an administrator re-sends.
 */
@SpringBootTest(classes = NotificationServiceApplication.class, properties = {"spring.config.name=notification-service",
        "lawfirm.service.name=notification", "lawfirm.notification.reminders.poll-interval=PT1S",
        "lawfirm.notification.mail.max-attempts=2", "lawfirm.notification.mail.backoff=PT1S"})
@AutoConfigureMockMvc
@DirtiesContext
class ClientEmailTest {

    /** A fixed free port, so the server comes back where the service expects it after being stopped. */
    private static final int PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "notification_email");
        // the quiet hours and the dates written to the client are a firm's in Beijing
        registry.add("lawfirm.firm.zone", () -> "Asia/Shanghai");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;
    @Autowired
    ReadModelStore store;

    private final String admin = TestStack.get().bearer("admin", "ADMIN");

    @Test
    void theClientIsWrittenToInTheirLanguageOncePerEvent() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String matter = matterOf(kafka, "legal@weyland.example", Language.EN, "Weyland Yutani Corporation");
        KeyEventRecorded ruling = new KeyEventRecorded(matter, "k-1", KeyEventKind.RULING, "The tribunal ruled in your favour",
                Instant.parse("2026-11-28T06:00:00Z"), Instant.parse("2026-11-29T06:00:00Z"));
        String eventId = kafka.publish(Topics.MATTER, "Matter", matter, 1, ruling);
        kafka.publishAgain(Topics.MATTER, ruling, eventId);
        kafka.publish(Topics.MATTER, "Matter", matter, 2, new ClientAuthorizationRequested(matter, "a-1",
                AuthorizationDecision.SETTLEMENT, "Do you accept the 800,000 settlement?", List.of("Accept", "Refuse"),
                "Accept", "li.na", LocalDate.of(2026, 11, 28)));

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo("legal@weyland.example").size() == 2);
        // two tasks, sent in parallel: find each by its subject
        MimeMessage news = mailsTo("legal@weyland.example").stream().filter(m -> subject(m).startsWith("Important news"))
                .findFirst().orElseThrow();
        assertThat(news.getSubject()).isEqualTo("Important news on matter 2026-ARB-0009");
        assertThat(GreenMailUtil.getBody(news)).contains("Dear Weyland Yutani Corporation").contains("2026-11-28 14:00");
        assertThat(mailsTo("legal@weyland.example")).extracting(ClientEmailTest::subject)
                .contains("Matter 2026-ARB-0009 needs your decision");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/notifications")
                        .param("recipient", "client:c-" + matter).param("status", "SENT").header("Authorization", admin))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].attempts").value(1)));
    }

    @Test
    void aServerThatDoesNotAnswerLeavesADeadDeliveryThatIsResent() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String matter = matterOf(kafka, "fawu@hengyue.example", Language.ZH, "无锡恒越精密机械有限公司");
        SMTP.stop();
        try {
            kafka.publish(Topics.MATTER, "Matter", matter, 1, new KeyEventRecorded(matter, "k-2", KeyEventKind.EMERGENCY,
                    "财产保全申请被驳回", Instant.parse("2026-11-28T06:00:00Z"), Instant.parse("2026-11-28T10:00:00Z")));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/api/notifications")
                            .param("status", "DEAD").header("Authorization", admin))
                    .andExpect(jsonPath("$.items[0].recipient").value("client:c-" + matter))
                    .andExpect(jsonPath("$.items[0].attempts").value(2)));
        } finally {
            SMTP.start();
        }
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/notifications").param("status", "DEAD")
                .header("Authorization", admin)).andReturn().getResponse().getContentAsString(), "$.items[0].id");
        mvc.perform(post("/api/notifications/" + id + "/resend").header("Authorization", TestStack.get().bearer("x", "AUDITOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/notifications/" + id + "/resend").header("Authorization", admin)).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo("fawu@hengyue.example").size() == 1);
        assertThat(mailsTo("fawu@hengyue.example").get(0).getSubject()).isEqualTo("案件 2026-ARB-0009 的重要进展");
        mvc.perform(post("/api/notifications/" + id + "/resend").header("Authorization", admin))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("delivery-not-dead"));
    }

    @Test
    void anOverdueInvoiceIsAlsoSentToTheClientInTheirLanguage() {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String matter = matterOf(kafka, "cfo@tyrell.example", Language.EN, "Tyrell Corporation");
        String invoice = "i-" + UUID.randomUUID();
        LocalDate dueOn = LocalDate.now().minusDays(40);
        kafka.publish(Topics.BILLING, "MatterAccount", matter, 0, new InvoiceDrafted(matter, invoice, "c-" + matter,
                List.of(new InvoiceLine(null, "Arbitration, first stage", new BigDecimal("1000.00"))), new BigDecimal("1000.00"),
                new BigDecimal("0.06"), new BigDecimal("60.00"), new BigDecimal("1060.00"), "CNY", "fin", dueOn.minusDays(30)));
        kafka.publish(Topics.BILLING, "MatterAccount", matter, 1, new InvoiceIssued(matter, invoice, "INV-2026-00031",
                dueOn.minusDays(30), dueOn));

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo("cfo@tyrell.example").size() == 1);
        MimeMessage reminder = mailsTo("cfo@tyrell.example").get(0);
        assertThat(subject(reminder)).isEqualTo("Payment reminder: invoice INV-2026-00031");
        assertThat(GreenMailUtil.getBody(reminder)).contains("Dear Tyrell Corporation").contains("2026-ARB-0009")
                .contains(dueOn.toString());
    }

    @Test
    void staffWhoPreferEmailAreWrittenToInsteadOfTheInbox() throws Exception {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String login = "wang.fang." + UUID.randomUUID().toString().substring(0, 8);
        String token = TestStack.get().bearer(login, "LAWYER");
        mvc.perform(put("/api/preferences/" + login).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":[\"EMAIL\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(put("/api/preferences/" + login).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":[\"SMS\"],\"email\":\"x@lawfirm.example\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("channels[0]"));
        mvc.perform(put("/api/preferences/" + login).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":[\"EMAIL\"],\"email\":\"" + login + "@lawfirm.example\",\"language\":\"en\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.channels[0]").value("EMAIL"));

        String matter = matterOf(kafka, "legal@cyberdyne.example", Language.EN, "Cyberdyne Systems");
        kafka.publish(Topics.MATTER, "Matter", matter, 1, new TeamMemberAssigned(matter, "s-" + login, login, "王芳",
                TeamRole.MEMBER, LocalDate.now()));

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(login + "@lawfirm.example").size() == 1);
        assertThat(subject(mailsTo(login + "@lawfirm.example").get(0))).isEqualTo("You joined matter 2026-ARB-0009");
        mvc.perform(get("/api/inbox").header("Authorization", token)).andExpect(jsonPath("$.length()").value(0));
    }

    private String matterOf(KafkaTestClient kafka, String email, Language language, String name) {
        String matter = UUID.randomUUID().toString();
        String client = "c-" + matter;
        kafka.publish(Topics.INTAKE, "Client", client, 0, new ClientRegistered(client, PartyKind.ORGANIZATION, name,
                List.of(), List.of(), List.of(), List.of(new Contact(Contact.ContactKind.EMAIL, email, "legal")), language,
                "li.na", null, null));
        kafka.publish(Topics.MATTER, "Matter", matter, 0, new MatterOpened(matter, "2026-ARB-0009", "e-1", "inq-1", client,
                name, MatterType.COMMERCIAL_ARBITRATION, "仲裁 Arbitration", List.of(), LocalDate.of(2026, 11, 28), null));
        // the client registered long before their matter's first key event; here, wait until intake's event is in
        await().atMost(Duration.ofSeconds(60)).until(() -> store.get(ClientDirectory.COLLECTION, client, Object.class).isPresent()
                && store.get(Facts.MATTERS, matter, Object.class).isPresent());
        return matter;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
