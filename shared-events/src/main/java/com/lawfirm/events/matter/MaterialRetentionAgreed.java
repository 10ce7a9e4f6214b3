package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The client agreed that the firm keeps an original after the matter closes. */
@Revision("1")
public record MaterialRetentionAgreed(String matterId, String materialId, LocalDate agreedOn, String evidenceReference) {
}
