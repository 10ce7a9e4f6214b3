package com.lawfirm.kit.bus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.lawfirm.events.billing.FeeAgreementMade;
import com.lawfirm.events.conflict.FrozenHit;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** The payload is read from the envelope's tree, where a fraction is a decimal: a double still reads back the same. */
    @Test
    void scoresCrossTheBusAsTheSameDouble() {
        for (double score : new double[] {0.1 + 0.2, 0.87, 1.0 / 3, 1e-7, 123456.789}) {
            FrozenHit hit = new FrozenHit(0, "EXACT", score, "name", "华夏科技有限公司", "华夏科技有限公司", "same name",
                    List.of(), "c-1", false, null, null, List.of(), null);

            FrozenHit read = (FrozenHit) codec.decode(codec.encode(GenericEventMessage.asEventMessage(hit)))
                    .orElseThrow().getPayload();

            assertThat(read.score()).isEqualTo(score);
            assertThat(read).isEqualTo(hit);
        }
    }

    @Test
    void anEnvelopeWithoutItsPayloadIsUnreadable() {
        String envelope = """
                {"eventId":"ev-1","type":"com.lawfirm.events.conflict.FrozenHit","timestamp":"2026-11-30T08:00:00Z",
                 "metadata":{},"payload":null}""";

        assertThatThrownBy(() -> codec.decode(envelope)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payload");
    }
}
