package com.lawfirm.events.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The client signed an engagement with the firm (委托合同), complete on {@code signedOn}. A former client is the firm's
 * client again: its personal data is kept while the firm acts, and a retention recorded when it left ends here.
 */
@Revision("1")
public record ClientEngaged(String clientId, String engagementId, LocalDate signedOn) {
}
