package com.lawfirm.matter.casefile;

import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.matter.MatterServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The days a service records are the firm's days: a matter opened in Beijing in the first hours of New Year's Day,
 * still 31 December in UTC, is numbered and dated in the new year.
 */
@SpringBootTest(classes = MatterServiceApplication.class,
        properties = {"spring.config.name=matter-service", "lawfirm.service.name=matter"})
@Import(FirmDayTest.NewYearsNight.class)
@DirtiesContext
class FirmDayTest {

    /** Half past one in the morning of 1 January 2027 in Beijing. */
    private static final Instant NEW_YEARS_NIGHT = Instant.parse("2026-12-31T17:30:00Z");

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "matter_firm_day");
    }

    /** The firm's clock, stopped on New Year's night in Beijing. */
    @TestConfiguration
    static class NewYearsNight {
        @Bean
        Clock firmClock() {
            return Clock.fixed(NEW_YEARS_NIGHT, ZoneId.of("Asia/Shanghai"));
        }
    }

    @Autowired
    MatterRegistration registration;
    @Autowired
    ReadModelStore store;

    @Test
    void aMatterOpenedOnNewYearsNightInBeijingIsNumberedAndDatedInTheNewYear() {
        EngagementSigned engagement = signed();
        registration.open(engagement);

        String matterId = MatterRegistration.matterId(engagement.engagementId());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> store.get(MatterProjection.COLLECTION, matterId, MatterView.class).isPresent());
        MatterView matter = store.get(MatterProjection.COLLECTION, matterId, MatterView.class).orElseThrow();
        assertThat(matter.matterNumber).startsWith("2027-CORP-");
        assertThat(matter.openedOn).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    private static EngagementSigned signed() {
        EngagementTerms terms = new EngagementTerms("股权转让 share transfer", MatterType.CORPORATE, "尽职调查", null, null,
                new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.FIXED, new BigDecimal("80000"), null, null, null,
                        null, null)), null, null), List.of(), null, null, null, null);
        return new EngagementSigned(UUID.randomUUID().toString(), "inq-" + UUID.randomUUID(), null, "苏州澄湖新材料有限公司",
                List.of(new MatterParty(PartyRole.CLIENT, PartyKind.ORGANIZATION, "苏州澄湖新材料有限公司", List.of(), List.of())),
                terms, 1, "沈总", LocalDate.of(2026, 12, 31), "王芳", LocalDate.of(2026, 12, 31));
    }
}
