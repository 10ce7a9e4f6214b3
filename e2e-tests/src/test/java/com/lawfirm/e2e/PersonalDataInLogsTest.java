package com.lawfirm.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No personal data in the logs: a natural person's name, resident ID, phone and e-mail go through every service
 * (registration, a refused registration, the conflict graph and a search, notifications), and nothing any service
 * logged meanwhile contains them.
 */
class PersonalDataInLogsTest {

    private static final String NAME = "欧阳娜娜";
    private static final String RESIDENT_ID = "110105198803164025";
    private static final String WRONG_RESIDENT_ID = "110105198803164026";
    private static final String PHONE = "13912345678";
    private static final String EMAIL = "ouyang.nana@example.com";

    private final Suite suite = Suite.get();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLogs() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void release() {
        root.detachAppender(logs);
        logs.stop();
    }

    @Test
    void aPersonsDataNeverReachesTheLogs() {
        String intake = TestStack.get().token("chen.jing", "INTAKE");
        String analyst = TestStack.get().token("zhou.lei", "CONFLICTS_ANALYST");
        String client = """
                {"kind":"PERSON","name":"%s","identifiers":[{"scheme":"CN_RESIDENT_ID","value":"%s"}],
                 "contacts":[{"kind":"PHONE","value":"%s"},{"kind":"EMAIL","value":"%s"}],
                 "consent":{"purpose":"法律服务 legal services","retentionYears":10,"givenOn":"2026-11-28","method":"书面 written"}}""";
        assertThat(Http.post(suite.url("intake") + "/api/clients", intake,
                client.formatted(NAME, WRONG_RESIDENT_ID, PHONE, EMAIL)).status()).isEqualTo(400);
        assertThat(Http.post(suite.url("intake") + "/api/clients", intake,
                client.formatted(NAME, RESIDENT_ID, PHONE, EMAIL)).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Http.post(suite.url("conflict")
                + "/api/conflict-searches", analyst, "{\"parties\":[{\"role\":\"ADVERSE\",\"kind\":\"PERSON\",\"name\":\""
                + NAME + "\"}]}").body().findValuesAsText("matchedName")).contains(NAME));

        LoggerFactory.getLogger(PersonalDataInLogsTest.class).info("log scan: done");
        List<String> leaks = new ArrayList<>();
        for (ILoggingEvent event : logs.list) {
            StringBuilder text = new StringBuilder(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append(' ').append(t.getMessage());
            }
            for (String personal : List.of(NAME, RESIDENT_ID, WRONG_RESIDENT_ID, PHONE, EMAIL)) {
                if (text.toString().contains(personal)) {
                    leaks.add(event.getLoggerName() + ": " + text);
                }
            }
        }
        assertThat(logs.list).as("the capture works").anyMatch(e -> e.getFormattedMessage().equals("log scan: done"));
        assertThat(leaks).isEmpty();
    }
}
