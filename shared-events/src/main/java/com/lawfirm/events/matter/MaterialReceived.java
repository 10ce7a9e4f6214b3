package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The firm took custody of a client's material (客户资料) and registered it under a number of the matter (M-0001). */
@Revision("1")
public record MaterialReceived(String matterId, String materialId, String registerNumber, String description, boolean original, int pages, int copiesMade, String receivedFrom, String receivedBy, LocalDate receivedOn, String storageLocation) {
}
