package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A lent material came back to its storage place. */
@Revision("1")
public record MaterialBroughtBack(String matterId, String materialId, LocalDate broughtBackOn) {
}
