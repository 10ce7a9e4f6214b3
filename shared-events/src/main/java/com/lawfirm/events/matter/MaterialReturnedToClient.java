package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A material went back to the client, who signed for it. Since revision 2 who signed for it is sealed under the matter,
 * as the client's records, and goes with the client's erasure; revision 1 stored it in clear.
 */
@Revision("2")
public record MaterialReturnedToClient(String matterId, String materialId, LocalDate returnedOn,
                                       @PersonalData(subject = "matterId") String signedBy, String evidenceReference) {
}
