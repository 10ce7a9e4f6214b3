package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The matter was closed (结案) with its outcome, the final report sent, and the date its file is due in the archive.
 * Since revision 2 the outcome is sealed under the matter, as the client's records, and goes with the client's erasure;
 * revision 1 stored it in clear. Since revision 3 so is the fee exception (why fees were left unsettled), which
 * speaks of the client too.
 */
@Revision("3")
public record MatterClosed(String matterId, @PersonalData(subject = "matterId") String outcome,
                           LocalDate finalReportSentOn, @PersonalData(subject = "matterId") String feeException,
                           LocalDate closedOn, LocalDate archiveDueOn) {
}
