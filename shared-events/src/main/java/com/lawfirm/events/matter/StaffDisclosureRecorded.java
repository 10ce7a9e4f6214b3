package com.lawfirm.events.matter;

import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A staff member disclosed a prior client (a lateral hire brings them) or a close relative who is a lawyer or a
 * party; conflict checks find the staff member through it.
 */
@Revision("1")
public record StaffDisclosureRecorded(String staffId, String staffName, DisclosureKind kind, PartyKind partyKind,
                                      String name, List<String> aliases, List<PartyIdentifier> identifiers,
                                      String relationship) {
}
