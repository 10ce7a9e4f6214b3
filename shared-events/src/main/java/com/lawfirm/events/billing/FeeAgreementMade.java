package com.lawfirm.events.billing;

import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A signed engagement became the fee agreement (收费约定) billing charges by: its fee components, currency and client. */
@Revision("1")
public record FeeAgreementMade(String engagementId, String clientId,
                               @PersonalData(subject = {"clientId", "engagementId"}) String clientName, FeeQuote quote,
                               LocalDate signedOn) {
}
