package com.lawfirm.events.intake;

import java.math.BigDecimal;
import java.util.List;

/** A fee quote: its components, the currency, the amount in dispute when it matters, and the basis in words. */
public record FeeQuote(String currency, List<FeeComponent> components, BigDecimal amountInDispute, String basis) {
}
