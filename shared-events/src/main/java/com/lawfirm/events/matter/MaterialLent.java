package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A material left its storage place on an internal loan. */
@Revision("1")
public record MaterialLent(String matterId, String materialId, String borrower, LocalDate lentOn, LocalDate dueBack) {
}
