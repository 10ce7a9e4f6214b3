package com.lawfirm.events.party;

import java.util.List;

/** Someone on a matter, in a role, with the names and identifiers the conflict graph indexes. */
public record MatterParty(PartyRole role, PartyKind kind, String name, List<String> aliases,
                          List<PartyIdentifier> identifiers) {
}
