package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A material went back to the client, who signed for it. */
@Revision("1")
public record MaterialReturnedToClient(String matterId, String materialId, LocalDate returnedOn, String signedBy, String evidenceReference) {
}
