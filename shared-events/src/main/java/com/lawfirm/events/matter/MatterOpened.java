package com.lawfirm.events.matter;

import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A matter was registered (案件受理登记) from a signed engagement, with its gapless number (e.g. 2026-LIT-0042),
 * its client, type, parties and the amount in dispute (标的额, when there is one; revision 2, which added it, reads
 * revision 1 with none). The conflict graph indexes its parties. Since revision 3 the description, which names the client
 * as a rule, is sealed under the matter and goes with the client's erasure.
 */
@Revision("3")
public record MatterOpened(String matterId, String matterNumber, String engagementId, String inquiryId, String clientId,
                           @PersonalData(subject = {"clientId", "engagementId"}) String clientName,
                           MatterType matterType, @PersonalData(subject = "matterId") String description,
                           List<MatterParty> parties, LocalDate openedOn, BigDecimal amountInDispute) {
}
