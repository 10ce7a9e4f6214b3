package com.lawfirm.events.matter;

import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The client was told of a key event: by whom, how, and when. Since revision 2 whom it was told to is sealed under the
 * matter, as the client's records, and goes with the client's erasure; revision 1 stored it in clear.
 */
@Revision("2")
public record KeyEventCommunicated(String matterId, String keyEventId, String channel,
                                   @PersonalData(subject = "matterId") String communicatedTo, String communicatedBy,
                                   Instant communicatedAt) {
}
