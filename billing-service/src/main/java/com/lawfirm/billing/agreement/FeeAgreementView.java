package com.lawfirm.billing.agreement;

import com.lawfirm.events.intake.FeeQuote;

import java.time.LocalDate;

/** A fee agreement as billing staff read it. */
public record FeeAgreementView(String engagementId, String clientId, String clientName, FeeQuote quote,
                               LocalDate signedOn) {
}
