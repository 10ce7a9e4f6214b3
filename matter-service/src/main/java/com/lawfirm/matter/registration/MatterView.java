package com.lawfirm.matter.registration;

import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.party.MatterParty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The matter register's read model. */
public record MatterView(String matterId, String matterNumber, String engagementId, String clientId, String clientName,
                         MatterType matterType, String description, List<MatterParty> parties, String status,
                         LocalDate openedOn, Instant openedAt) {
}
