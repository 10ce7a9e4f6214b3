package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The firm took custody of a client's material (客户资料) and registered it under a number of the matter (M-0001). Since
 * revision 2 the description and whom it came from are sealed under the matter, as the client's records, and go with
 * the client's erasure; revision 1 stored them in clear.
 */
@Revision("2")
public record MaterialReceived(String matterId, String materialId, String registerNumber,
                               @PersonalData(subject = "matterId") String description, boolean original, int pages,
                               int copiesMade, @PersonalData(subject = "matterId") String receivedFrom,
                               String receivedBy, LocalDate receivedOn, String storageLocation) {
}
