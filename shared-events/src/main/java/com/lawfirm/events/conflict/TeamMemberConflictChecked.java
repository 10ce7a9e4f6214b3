package com.lawfirm.events.conflict;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * conflict-service checked a new team member against the matter's parties: clear, or the conflicts their own
 * disclosures (prior clients, relatives) raise. Until a clear check, the member does not see the matter.
 */
@Revision("1")
public record TeamMemberConflictChecked(String checkId, String matterId, String staffId, boolean clear,
                                        List<String> findings) {
}
