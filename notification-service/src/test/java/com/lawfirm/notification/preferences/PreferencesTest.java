package com.lawfirm.notification.preferences;

import com.lawfirm.events.Topics;
import com.lawfirm.events.conflict.ConflictCheckCleared;
import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.InquiryOpened;
import com.lawfirm.events.intake.Prospect;
import com.lawfirm.events.intake.SourceChannel;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.notification.NotificationServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Templates the firm edits, and recipients' preferences: opting out of what is optional, quiet hours. */
@SpringBootTest(classes = NotificationServiceApplication.class,
        properties = {"spring.config.name=notification-service", "lawfirm.service.name=notification"})
@AutoConfigureMockMvc
@DirtiesContext
class PreferencesTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "notification_preferences");
        // the quiet hours are a firm's in Beijing
        registry.add("lawfirm.firm.zone", () -> "Asia/Shanghai");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;
    @Autowired
    Preferences preferences;

    private final String admin = TestStack.get().bearer("admin", "ADMIN");

    @Test
    void anEditedTemplateIsUsedAndAnOptedOutNotificationIsNotFiled() throws Exception {
        mvc.perform(put("/api/templates/conflict-cleared/zh").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"可以接案：{prospect}\",\"body\":\"利冲已通过，请安排面谈。\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("可以接案：{prospect}"));
        mvc.perform(put("/api/templates/no-such-template/zh").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"x\",\"body\":\"y\"}")).andExpect(status().isNotFound());
        mvc.perform(put("/api/templates/conflict-cleared/en").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\" \",\"body\":\"y\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));

        String owner = "owner-" + UUID.randomUUID();
        String ownerToken = TestStack.get().bearer(owner, "INTAKE");
        mvc.perform(put("/api/preferences/" + owner).header("Authorization", ownerToken).contentType(MediaType.APPLICATION_JSON)
                .content("{\"optOut\":[\"inquiry-opened\"]}")).andExpect(status().isOk());
        mvc.perform(put("/api/preferences/" + owner).header("Authorization", ownerToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"optOut\":[\"key-event-recorded\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("optOut"));
        mvc.perform(get("/api/preferences/" + owner).header("Authorization", TestStack.get().bearer("someone", "INTAKE")))
                .andExpect(status().isForbidden());

        KafkaTestClient kafka = new KafkaTestClient(codec);
        String inquiry = UUID.randomUUID().toString();
        kafka.publish(Topics.INTAKE, "Inquiry", inquiry, 0, new InquiryOpened(inquiry, new ClientSource(SourceChannel.WEBSITE,
                null, null), new Prospect(PartyKind.ORGANIZATION, "长沙精和环保科技有限公司", List.of()), "合同纠纷", owner, null));
        kafka.publish(Topics.CONFLICT, "ConflictCheck", "chk-" + inquiry, 0, new ConflictCheckCleared("chk-" + inquiry,
                inquiry, List.of()));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/api/inbox").header("Authorization", ownerToken))
                .andExpect(jsonPath("$[*].text.zh.title", hasItem("可以接案：长沙精和环保科技有限公司")))
                .andExpect(jsonPath("$[*].text.en.title", hasItem("Conflict check cleared: 长沙精和环保科技有限公司")))
                .andExpect(jsonPath("$[*].templateKey", not(hasItem("inquiry-opened")))));
    }

    @Test
    void aPreferredChannelReplacesTheRulesButNotForMandatoryNotifications() {
        preferences.save(new Preferences.Preference("zhao.min", List.of(), null, null, List.of("EMAIL"), "zhao.min@lawfirm.example", "zh"));
        assertThat(preferences.channels("zhao.min", "matter-assigned", List.of("INBOX"))).containsExactly("EMAIL");
        assertThat(preferences.channels("zhao.min", "key-event-recorded", List.of("INBOX"))).containsExactly("INBOX", "EMAIL");
        assertThat(preferences.channels("nobody.yet", "matter-assigned", List.of("INBOX"))).containsExactly("INBOX");
    }

    @Test
    void optionalNotificationsWaitForTheEndOfQuietHoursAndMandatoryOnesDoNot() {
        preferences.save(new Preferences.Preference("client:c-1", List.of(), LocalTime.of(22, 0), LocalTime.of(8, 0), List.of(), null, null));
        Instant lateEvening = Instant.parse("2026-11-28T15:30:00Z"); // 23:30 in Shanghai
        assertThat(preferences.when("client:c-1", "client-authorization", lateEvening))
                .isEqualTo(Instant.parse("2026-11-29T00:00:00Z")); // 08:00 the next morning
        assertThat(preferences.when("client:c-1", "client-key-event", lateEvening)).isEqualTo(lateEvening);
        Instant afternoon = Instant.parse("2026-11-28T06:00:00Z");
        assertThat(preferences.when("client:c-1", "client-authorization", afternoon)).isEqualTo(afternoon);
        assertThat(preferences.when("client:c-2", "client-authorization", lateEvening)).isEqualTo(lateEvening);
    }
}
