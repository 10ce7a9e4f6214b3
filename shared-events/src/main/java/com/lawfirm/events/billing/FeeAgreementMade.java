package com.lawfirm.events.billing;

import com.lawfirm.events.intake.FeeQuote;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A signed engagement became the fee agreement (收费约定) billing charges by: its fee components, currency and client. */
@Revision("1")
public record FeeAgreementMade(String engagementId, String clientId, String clientName, FeeQuote quote, LocalDate signedOn) {
}
