package com.lawfirm.events.billing;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

/** Billing opened the account of a registered matter, in the currency of its fee agreement. */
@Revision("1")
public record MatterAccountOpened(String matterId, String matterNumber, String engagementId, String clientId,
                                  @PersonalData(subject = {"clientId", "engagementId"}) String clientName,
                                  String currency) {
}
