package com.lawfirm.kit.bus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.lawfirm.events.billing.FeeAgreementMade;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What crosses the bus reads back exactly as it was: amounts keep every digit and their scale. */
class EnvelopeCodecTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final EnvelopeCodec codec = new EnvelopeCodec(JacksonSerializer.builder().objectMapper(json).build(), json);

    @Test
    void amountsCrossTheBusWithEveryDigit() {
        FeeAgreementMade made = new FeeAgreementMade("e-1", "c-1", "华夏科技有限公司", new FeeQuote("CNY", List.of(
                new FeeComponent(FeeModel.HOURLY, null, new BigDecimal("2000.50"), new BigDecimal("12.25"), null, null, "计时")),
                new BigDecimal("12345678901234567.89"), "律师服务收费标准"), LocalDate.of(2026, 5, 1));

        String envelope = codec.encode(GenericEventMessage.asEventMessage(made));

        assertThat(envelope).contains("2000.50").contains("12345678901234567.89");
        assertThat(codec.decode(envelope).orElseThrow().getPayload()).isEqualTo(made);
    }
}
