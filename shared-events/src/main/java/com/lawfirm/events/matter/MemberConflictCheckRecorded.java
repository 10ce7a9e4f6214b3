package com.lawfirm.events.matter;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The matter took note of a team member's conflict check: clear, or with the conflicts found. */
@Revision("1")
public record MemberConflictCheckRecorded(String matterId, String staffId, boolean clear, List<String> findings) {
}
