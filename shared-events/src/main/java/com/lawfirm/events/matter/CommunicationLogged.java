package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A communication with the client or another party was logged on the client file. Since revision 2 the counterpart and
 * the summary are sealed under the matter, as the client's records, and go with the client's erasure; revision 1 stored
 * them in clear.
 */
@Revision("2")
public record CommunicationLogged(String matterId, String communicationId, String channel,
                                  CommunicationDirection direction,
                                  @PersonalData(subject = "matterId") String counterpart,
                                  @PersonalData(subject = "matterId") String summary, Instant at, String loggedBy) {
}
