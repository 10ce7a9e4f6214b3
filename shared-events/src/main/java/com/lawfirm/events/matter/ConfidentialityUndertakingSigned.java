package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A team member signed the matter's confidentiality undertaking (保密承诺), which opens the matter to them. */
@Revision("1")
public record ConfidentialityUndertakingSigned(String matterId, String staffId, LocalDate signedOn) {
}
